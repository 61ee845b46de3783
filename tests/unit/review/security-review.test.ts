/**
 * Every probe of the November 2026 security review (shared/reviews/2026-11-security-review.md),
 * replayed on the pure checks the build runs before it compiles anything. Each unsafe row must now
 * fail with a message naming the file, the line or field, and the fix; each safe row stays safe.
 * tests/content/content-errors.test.ts proves the same checks are wired into a real build, one
 * fixture per class of mistake. The row numbers are the review's.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { scanMarkers } from '../../../src/lib/citations/markers';
import { findUnexpectedContentFiles } from '../../../src/lib/content/files';
import { parseSectionBody } from '../../../src/lib/content/mdx';
import { checkGlossary } from '../../../src/lib/glossary';
import { parseSourceFile, validateSources } from '../../../src/lib/sources/parse';
import { rehypeAnchorAliases } from '../../../src/plugins/rehype-anchor-aliases';
import { remarkCitations } from '../../../src/plugins/remark-citations';
import { sectionErrors, sectionText, VALID_BODY } from '../../helpers/section-text';

const FILE = 'content/sections/second.mdx';
/** The line of the first body line in `sectionText()` with no extra frontmatter. */
const BODY_LINE = 12;
const body = (text: string) => sectionErrors(sectionText({}, text));
const at = (line: number) => `${FILE}:${line}: `;
/** The line of text appended as `${VALID_BODY}\n${text}`. */
const AFTER = BODY_LINE + 4;

const SOURCE = `usc-28-2679:
  kind: statute
  title: 28
  section: "2679"
  url: https://www.law.cornell.edu/uscode/text/28/2679
  linkCheck: opened
  lastChecked: 2026-11-28
`;
const CASE = `hui-v-castaneda:
  kind: case
  name: Hui v. Castaneda
  reporter: 559 U.S. 799
  court: U.S.
  decided: 2010-05-03
  url: https://supreme.justia.com/cases/federal/us/559/08-1529/
  linkCheck: opened
  lastChecked: 2026-11-28
`;
function sourceErrors(text: string, file = 'content/sources/extra.yaml'): string[] {
  const parsed = parseSourceFile(text, file);
  return [...parsed.errors, ...validateSources(parsed.items).errors];
}

/** A throwaway project with the given files under it, for the content-tree check. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-tree-'));
  for (const [path, text] of Object.entries({ 'content/sections/first.mdx': 'x', ...files })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
function treeErrors(files: Record<string, string>): string[] {
  const root = tree(files);
  try {
    return findUnexpectedContentFiles(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('unsafe or silent loss: now refused or fixed', () => {
  test('row 1: an export that writes a file is refused before anything compiles', () => {
    const errors = body(`export const pwn = (await import('node:fs')).writeFileSync('pwned.txt', 'x');\n\n${VALID_BODY}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/sections\/second\.mdx:12: "export const pwn = .*": export statements are not allowed in a section: they run code when the site is built\. Remove it; <Status> and <Deadlines> need no import\.$/);
  });

  test('row 2: an import and an expression that reads a file are both refused', () => {
    const errors = body(`import fs from 'node:fs'\n\n{fs.readFileSync('/etc/hostname','utf8')}\n\n${VALID_BODY}`).join('\n');
    expect(errors).toContain(`${at(BODY_LINE)}"import fs from 'node:fs'": import statements are not allowed`);
    expect(errors).toContain(`${at(BODY_LINE + 2)}"{fs.readFileSync('/etc/hostname','utf8')}" is code in MDX and is not allowed in a section`);
  });

  test.each([['{process.env.HOME}'], ['{Object.keys(process.env).length}'], ['Text {process.env.HOME} in a sentence.']])('row 3: %s is refused', (code) => {
    expect(body(`${code}\n\n${VALID_BODY}`).join('\n')).toMatch(new RegExp(`${at(BODY_LINE)}"\\{.*\\}" is code in MDX and is not allowed in a section, not even a \\{/\\* comment \\*/\\}\\. Remove it; to show a brace as text, write \\\\\\{\\.`));
  });

  test('row 4: an import that shadows <Status> is refused, and so is a component file under content/', () => {
    expect(body(`import Status from '../evil/Status.astro'\n\n<Status is="settled" /> ${VALID_BODY}`).join('\n')).toContain('"import Status from \'../evil/Status.astro\'": import statements are not allowed');
    expect(treeErrors({ 'content/evil/Status.astro': '<script>alert(1)</script>' })).toEqual([
      'content/evil/: unexpected folder. content/ holds only sections/, sources/, glossary/, first-steps/, es/, changes.yaml and published-anchors.json. Move it to its folder or remove it.',
    ]);
  });

  test.each([
    ['row 5: a meta refresh', '{<meta http-equiv="refresh" content="1;url=https://evil.example/" />}'],
    ['row 6: a script', '{<script>alert(1)</script>}'],
    ['row 6: a remote image', '{<img src="https://evil.example/p.png" />}'],
  ])('%s inside an expression is refused', (_label, code) => {
    expect(body(`${code}\n\n${VALID_BODY}`).join('\n')).toContain(`${at(BODY_LINE)}"{<`);
  });

  test('row 7: a YAML alias bomb in frontmatter is refused at once, naming the file and line', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)];
    const errors = sectionErrors(sectionText({}, VALID_BODY, `${bomb.join('\n')}\n`));
    expect(errors.join('\n')).toContain(`${FILE}:10: field "a": the anchor "&a" is not allowed (anchors and aliases can hide or multiply values). Remove it and write each value out in full.`);
    expect(errors.join('\n')).toContain(`${FILE}:11: field "b.0": the alias "*a" repeats a value from elsewhere in the file. Aliases are not allowed: write the value out in full.`);
  });

  describe('row 8: an impossible date is refused however it is written', () => {
    test.each([
      ['a trailing comment', sectionText({ currentAsOf: '2026-02-30 # checked' })],
      ['a byte order mark', `\uFEFF${sectionText({ currentAsOf: '2026-02-30' })}`],
      ['a quoted key', sectionText({ currentAsOf: null }, VALID_BODY, '"currentAsOf": 2026-02-30\n')],
      ['quotes', sectionText({ currentAsOf: '"2026-02-30"' })],
      ['CRLF line endings', sectionText({ currentAsOf: '2026-02-30' }).replace(/\n/g, '\r\n')],
    ])('%s', (_label, text) => {
      expect(sectionErrors(text).join('\n')).toMatch(/content\/sections\/second\.mdx:(6|9): field "currentAsOf": "2026-02-30" is not a real date\. Write it as YYYY-MM-DD, e.g\. 2026-06-01\./);
    });
    test('a timestamp', () => {
      expect(sectionErrors(sectionText({ currentAsOf: '2026-02-30T00:00:00Z' }))).toContain(
        `${FILE}:6: field "currentAsOf": "2026-02-30T00:00:00Z" is not a plain calendar date. Write it as YYYY-MM-DD, e.g. 2026-06-01, with no time or time zone.`,
      );
    });
    test('a leading blank line', () => {
      expect(sectionErrors(`\n${sectionText()}`)).toEqual([
        `${FILE}:1: the file must start with a line "---", then the frontmatter, then another "---" line. Remove anything above the first "---" (blank lines too).`,
      ]);
    });
  });

  test.each([['2026-06-01T22:00:00-05:00'], ['2026-06-01 22:00'], ['2026-06-01t00:00:00z']])('row 9: a date with a time or time zone (%s) is refused', (value) => {
    expect(sectionErrors(sectionText({ currentAsOf: value }))).toContain(`${FILE}:6: field "currentAsOf": "${value}" is not a plain calendar date. Write it as YYYY-MM-DD, e.g. 2026-06-01, with no time or time zone.`);
  });

  describe('row 10: unknown or misspelled fields fail with "did you mean"', () => {
    test.each([
      ['alias: ["x"]', 'field "alias": unknown field. Did you mean "aliases"?'],
      ['anchorAlias: { a: b }', 'field "anchorAlias": unknown field. Did you mean "anchorAliases"?'],
      ['lastreviewed: 2026-11-28', 'field "lastreviewed": unknown field. Did you mean "lastReviewed"?'],
      ['draft: true', 'field "draft": unknown field. Sections have no draft state: every file in content/sections is published.'],
    ])('section: %s', (line, message) => {
      expect(sectionErrors(sectionText({}, VALID_BODY, `${line}\n`))).toContain(`${FILE}:10: ${message} ${message.includes('Did you mean') ? 'Fix the name (it would otherwise be ignored).' : 'Keep an unfinished section out of the folder (e.g. on a branch) until it is ready.'}`);
    });
    test.each([
      ['shortname: Hui', 'shortname', 'Did you mean "shortName"?'],
      ['paranthetical: per curiam', 'paranthetical', 'Did you mean "parenthetical"?'],
      ['histroy: vacated', 'histroy', 'Did you mean "history"?'],
    ])('source: %s', (line, field, suggestion) => {
      expect(sourceErrors(`${CASE}  ${line}\n`)).toEqual([`content/sources/extra.yaml:10: source "hui-v-castaneda", field "${field}": unknown field. ${suggestion} Fix the name (it would otherwise be ignored).`]);
    });
  });

  test.each([['content/sections/third.md'], ['content/sections/third.MDX'], ['content/sections/Third.mdx'], ['content/sections/third.mdx.bak']])('row 11: %s fails instead of being ignored', (path) => {
    expect(treeErrors({ [path]: sectionText() })).toEqual([
      `${path}: unexpected file. sections are .mdx files named after their slug in lower case (e.g. two-routes.mdx), directly in content/sections/. Rename or move it: as it is, it would never be published.`,
    ]);
  });

  test.each([
    ['content/sources/extra.YAML', 'content/sources/extra.YAML: unexpected file.'],
    ['content/sources/extra.yml', 'content/sources/extra.yml: unexpected file.'],
    ['content/sources/more/extra.yaml', 'content/sources/more/: unexpected folder.'],
  ])('row 12: %s fails instead of being ignored', (path, message) => {
    expect(treeErrors({ [path]: SOURCE.replace('https:', 'http:') })).toEqual([
      `${message} sources are .yaml files with kebab-case names (e.g. cases.yaml), directly in content/sources/. Rename or move it: as it is, its entries would never be checked.`,
    ]);
  });

  test('row 13: text inside <Status> is refused, not dropped', () => {
    expect(sectionErrors(sectionText({ sources: '[usc-28-2679, usc-28-2680]' }, `${VALID_BODY}\n<Status is="settled">Claim [@usc-28-2680].</Status>\n`))).toContain(
      `${at(AFTER)}<Status> takes no text inside it: the text would not be shown. Write <Status is="…" /> and put the sentence after it.`,
    );
  });

  test('row 14: two old ids may point at one heading; each keeps working', async () => {
    const { rehypeHeadingIds } = await import('@astrojs/markdown-remark');
    const remarkParse = (await import('remark-parse')).default;
    const file = new VFile({ path: '/p/content/sections/x.mdx', value: '## In brief\n\nText.', data: { astro: { frontmatter: { anchorAliases: { 'old-one': 'in-brief', 'old-two': 'in-brief' } } } } });
    const html = String(await unified().use(remarkParse).use(remarkRehype).use(rehypeHeadingIds).use(rehypeAnchorAliases, { root: '/p' }).use(rehypeStringify).process(file));
    expect(html).toBe('<span id="old-one" class="anchor-alias"></span><span id="old-two" class="anchor-alias"></span><h2 id="in-brief">In brief</h2>\n<p>Text.</p>');
    expect(sectionErrors(sectionText({}, VALID_BODY, 'anchorAliases: { old-one: another-heading, old-two: another-heading }\n'))).toEqual([]);
  });

  test.each([
    ['## Sources', 'the heading "Sources" gets the id "sources"'],
    ['## Source usc 28 2679', 'the heading "Source usc 28 2679" gets the id "source-usc-28-2679"'],
    ['## Cite usc 28 2679 1', 'the heading "Cite usc 28 2679 1" gets the id "cite-usc-28-2679-1"'],
    ['## Main', 'the heading "Main" gets the id "main"'],
    ['## Card egbert v boule', 'the heading "Card egbert v boule" gets the id "card-egbert-v-boule"'],
    ['## Cite this section', 'the heading "Cite this section" gets the id "cite-this-section"'],
    ['## TOC title', 'the heading "TOC title" gets the id "toc-title"'],
    ['## Search dialog input', 'the heading "Search dialog input" gets the id "search-dialog-input"'],
  ])('row 15: heading %s cannot take an id the layout uses', (heading, message) => {
    expect(body(`${VALID_BODY}\n${heading}\n\nText.\n`)).toContain(`${at(AFTER)}${message}, which the page layout already uses. Reword the heading.`);
  });

  test('row 15: an anchor alias cannot take an id the layout uses', () => {
    expect(sectionErrors(sectionText({}, VALID_BODY, 'anchorAliases: { toc-title: another-heading }\n'))).toContain(
      `${FILE}:10: field "anchorAliases.toc-title": This id is used by the page layout (e.g. "sources", "source-…", "cite-…"). An old heading never had it: remove the alias.`,
    );
  });

  test('row 16: a marker inside link text is refused', () => {
    expect(body(`The statute [the statute [@usc-28-2679]](https://www.law.cornell.edu/uscode/text/28/2679) applies.\n`)).toContain(
      `${at(BODY_LINE)}a citation marker sits inside link text ("the statute [@usc-28-2679]"). Move it after the link: [the statute](https://…) [@key].`,
    );
  });

  test('row 17: a marker in a heading is refused', () => {
    expect(body(`## Heading with cite [@usc-28-2679]\n\nText [@usc-28-2679].\n`)).toContain(
      `${at(BODY_LINE)}a heading contains a citation marker ("Heading with cite [@usc-28-2679]"). Headings cannot carry citations: cite the sentence below it instead.`,
    );
  });

  test('row 18: a marker in the summary, the title, an alias or a <Deadlines title> is refused', () => {
    expect(sectionErrors(sectionText({ summary: '"Agents are covered [@usc-28-2679]."' }))).toContain(
      `${FILE}:4: field "summary": contains a citation marker ("[@…"), which would be shown raw on the home page, in search results and in link previews. Remove it and cite the fact in the body.`,
    );
    expect(sectionErrors(sectionText({ title: '"Title [@usc-28-2679]"' })).join('\n')).toContain(`${FILE}:2: field "title": contains a citation marker`);
    expect(sectionErrors(sectionText({}, VALID_BODY, 'aliases: ["x [@usc-28-2679]"]\n')).join('\n')).toContain(`${FILE}:10: field "aliases.0": contains a citation marker`);
    expect(body(`${VALID_BODY}\n<Deadlines title="Two years [@usc-28-2679]">\n\n- Text [@usc-28-2679].\n\n</Deadlines>\n`)).toContain(
      `${at(AFTER)}<Deadlines title="Two years [@usc-28-2679]"> contains a citation marker, which would be shown raw. Remove it and cite the facts in the text below.`,
    );
  });

  describe('row 19: source URLs that hide where they go are refused', () => {
    test.each([
      ['https://www.law.cornell.edu@evil.example/uscode/', 'has a user name or password before the host, so it really goes to "evil.example"'],
      ['https://user:secret@www.law.cornell.edu/', 'has a user name or password before the host'],
      ['https://www.lаw.cornell.edu/', 'contains "а", which is not plain ASCII and can imitate another address'],
      ['https://xn--lw-8kc.cornell.edu/', 'has an internationalised (punycode "xn--") host'],
      ['https://127.0.0.1:8443/', 'uses an IP address as its host'],
      ['https://www.law.cornell.edu:8443/', 'names a port (":8443")'],
      ['https://127.0.0.1/', 'uses an IP address as its host'],
      ['https://2130706433/', 'uses an IP address as its host'],
      ['"https://www.law.cornell.edu/ uscode"', 'is not a valid URL: it contains a space or a line break'],
      ['"https://www.law.cornell.edu/\\tuscode"', 'is not a valid URL: it contains a space or a line break'],
      [`https://www.law.cornell.edu/${'a'.repeat(1_990)}`, 'the text is 2018 characters long; the limit is 2000. Shorten it.'],
      ['https://localhost/', 'does not have a public host name'],
      ['HTTPS://www.law.cornell.edu/', 'must start with "https://" in lower case'],
    ])('%s', (url, message) => {
      const errors = sourceErrors(SOURCE.replace('https://www.law.cornell.edu/uscode/text/28/2679', url));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^content\/sources\/extra\.yaml:5: source "usc-28-2679", field "url": /);
      expect(errors[0]).toContain(message);
    });
    test('a 1 MB URL is refused by the field-length limit before anything else', () => {
      const errors = sourceErrors(SOURCE.replace('https://www.law.cornell.edu/uscode/text/28/2679', `https://www.law.cornell.edu/${'a'.repeat(1_000_000)}`));
      expect(errors.join('\n')).toContain('content/sources/extra.yaml:1: the file is 1000');
    });
  });

  describe('row 20: body links follow the sources\' rule', () => {
    test.each([
      ['[a](http://www.law.cornell.edu/)', 'the link "http://www.law.cornell.edu/" uses http:'],
      ['[a](//evil.example/)', 'the link "//evil.example/" leaves out "https:"'],
      ['See www.evil.example for more.', 'the link "http://www.evil.example" uses http: (a bare "www." address becomes one)'],
      ['[a](file:///etc/passwd)', 'the link "file:///etc/passwd" uses "file:"'],
      ['[a](ftp://example.org/x)', 'the link "ftp://example.org/x" uses "ftp:"'],
      ['[a](https://user:pw@www.law.cornell.edu/)', 'the link "https://user:pw@www.law.cornell.edu/" has a user name or password before the host'],
      ['[a](two-routes/)', 'the link "two-routes/" is relative'],
      ['[a](/sections/../secret)', 'the link "/sections/../secret" contains "." or ".." segments'],
      ['[a](mailto:x@evil.example?subject=hi)', 'the link "mailto:x@evil.example?subject=hi" is not a plain e-mail address shown as itself'],
      ['[write to us](mailto:x@evil.example)', 'the link "mailto:x@evil.example" is not a plain e-mail address shown as itself'],
      ['[1-800-323-8603](tel:+19005550100)', 'the link "tel:+19005550100" must dial the number its text shows'],
      ['[call the hotline](tel:+18003238603)', 'the link "tel:+18003238603" must dial the number its text shows'],
      ['[1-800-323-8603](tel:18003238603)', 'the link "tel:18003238603" must dial the number its text shows'],
    ])('%s', (markdown, message) => {
      expect(body(`${VALID_BODY}\n${markdown}\n`).join('\n')).toContain(`${at(AFTER)}${message}`);
    });
    test('an e-mail address or phone number shown as itself, https and site paths pass', () => {
      expect(body(`${VALID_BODY}\nWrite to ICEOPRIntake@ice.dhs.gov or [ICEOPRIntake@ice.dhs.gov](mailto:ICEOPRIntake@ice.dhs.gov), call [833‑442‑3677](tel:+18334423677), read [the FTCA](/sections/ftca/#claims) or [the code](https://www.law.cornell.edu/uscode/text/28/2680), or [jump](#another-heading).\n`)).toEqual([]);
    });
  });

  describe('row 21: body images must be local files with alt text', () => {
    test.each([
      ['![Logo](https://www.law.cornell.edu/logo.png)', 'the image "https://www.law.cornell.edu/logo.png" is not a file on this site ("https:" images are not allowed)'],
      ['![Logo][logo]\n\n[logo]: /images/logo.png', 'images by reference ("![alt][name]") are not allowed'],
      ['![Pixel](data:image/png;base64,AAAA)', 'the image "data:image/png;base64,AAAA" is not a file on this site ("data:" images are not allowed)'],
      ['![x](javascript:alert(1))', 'the image "javascript:alert(1)" is not a file on this site ("javascript:" images are not allowed)'],
      ['![A chart](/images/missing.png)', 'the image "/images/missing.png" is not a file in public/. Add public/images/missing.png, or fix the path.'],
      ['![](/favicon.svg)', 'the image "/favicon.svg" has no alt text. Describe it: ![what it shows](/favicon.svg).'],
    ])('%s', (markdown, message) => {
      const errors = sectionErrors(sectionText({}, `${VALID_BODY}\n${markdown}\n`), FILE, (path) => path === '/favicon.svg');
      expect(errors.join('\n')).toContain(`${at(AFTER)}${message}`);
    });
    test('a local image with alt text passes', () => {
      expect(sectionErrors(sectionText({}, `${VALID_BODY}\n![The site's icon](/favicon.svg)\n`), FILE, (path) => path === '/favicon.svg')).toEqual([]);
    });
  });

  test('row 23: the host headers forbid framing and set what a <meta> CSP cannot', () => {
    const text = readFileSync(join(import.meta.dirname, '../../../public/_headers'), 'utf8');
    const rules = new Map<string, Map<string, string>>();
    let path = '';
    for (const line of text.split('\n')) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      if (!/^\s/.test(line)) rules.set((path = line.trim()), new Map());
      else rules.get(path)?.set(line.trim().split(':')[0]?.toLowerCase() ?? '', line.trim().slice(line.trim().indexOf(':') + 1).trim());
    }
    const all = rules.get('/*');
    expect(all?.get('content-security-policy')).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(all?.get('content-security-policy')).toMatch(/(^|; )base-uri 'none'(;|$)/);
    expect(all?.get('x-frame-options')).toBe('DENY');
    expect(all?.get('x-content-type-options')).toBe('nosniff');
    expect(all?.get('referrer-policy')).toBe('no-referrer');
    // Cloudflare Pages reads at most 100 rules and 2,000 characters a line.
    expect(rules.size).toBeLessThanOrEqual(100);
    expect(text.split('\n').every((line) => line.length <= 2_000)).toBe(true);
  });

  // No wall-clock assertion (the machines are shared): a quadratic scan of these inputs runs past the test timeout.
  test('row 24: the marker scan is linear; a 300 kB line of "[ @ @ @" finishes at once', () => {
    const line = `[ ${'@ '.repeat(150_000)}`;
    const { malformed } = scanMarkers(line);
    expect(malformed).toHaveLength(1);
    const brackets = '[@a'.repeat(100_000);
    expect(scanMarkers(brackets).malformed).toHaveLength(100_000);
    // Over the size limit, the file is refused before any scan.
    expect(sectionErrors(sectionText({}, line))[0]).toBe(`${FILE}:1: the file is ${sectionText({}, line).length} characters long; a section may be at most 60000. Split it into two sections.`);
  });

  describe('row 25: a right-to-left override is refused everywhere', () => {
    const rlo = '\u202E';
    test.each([
      ['title', sectionText({ title: `"${rlo}shtnom 6"` }), `${FILE}:2: column 9 holds the invisible character U+202E (right-to-left override, a bidirectional control).`],
      ['summary', sectionText({ summary: `"Within ${rlo}shtnom 6."` }), `${FILE}:4: column`],
      ['a heading', sectionText({}, `## Within ${rlo}shtnom 6\n\n${VALID_BODY}`), `${at(BODY_LINE)}column 11 holds the invisible character U+202E`],
      ['a pinpoint', sectionText({}, `Text [@usc-28-2679, at ${rlo}6].\n`), `${at(BODY_LINE)}column`],
      ['an escape in YAML', sectionText({ title: '"\\u202Eshtnom 6"' }), `${FILE}:2: field "title": contains the invisible character U+202E (right-to-left override, a bidirectional control). Delete it`],
      ['a character reference in MDX', sectionText({}, `Within &#x202E;shtnom 6 [@usc-28-2679].\n`), `${at(BODY_LINE)}a character reference or escape writes the invisible character U+202E`],
    ])('in %s', (_where, text, message) => {
      expect(sectionErrors(text).join('\n')).toContain(message);
    });
    test('in a source name', () => {
      expect(sourceErrors(CASE.replace('Hui v. Castaneda', `Hui v. ${rlo}adenatsaC`))).toContain(
        `content/sources/extra.yaml:3: column 16 holds the invisible character U+202E (right-to-left override, a bidirectional control). Delete it: it is invisible or changes how the text around it displays (retype the words around it if unsure).`,
      );
    });
  });

  test('row 26: GFM footnotes are refused', () => {
    expect(body(`Unsourced claim.[^1]\n\n[^1]: Text with no source.\n\n${VALID_BODY}`)).toContain(
      `${at(BODY_LINE + 2)}footnotes ("[^1]") are not allowed: their text would have no source. Put the sentence in the body and cite it with [@key].`,
    );
  });

  test('row 27: an escaped bracket writes a literal "[@key]"', async () => {
    const text = 'Pandoc writes \\[@key] and &#91;@key]. The statute applies [@usc-28-2679].';
    expect(body(`${text}\n`)).toEqual([]);
    const file = new VFile({ path: '/p/content/sections/x.mdx', value: text, data: { astro: { frontmatter: { sources: ['usc-28-2679'] } } } });
    const { remarkLiteralBrackets } = await import('../../../src/plugins/remark-literal-brackets');
    const remarkParse = (await import('remark-parse')).default;
    const html = String(await unified().use(remarkParse).use(remarkLiteralBrackets).use(remarkCitations, { knownKeys: () => new Set(['usc-28-2679']) }).use(remarkRehype).use(rehypeStringify).process(file));
    expect(html).toContain('Pandoc writes [@key] and [@key]. The statute applies<sup class="cite"');
    expect(html.match(/<sup/g)).toHaveLength(1);
  });

  test('row 28: a 2 MB alias is refused by the alias, frontmatter and file limits', () => {
    expect(sectionErrors(sectionText({}, VALID_BODY, `aliases: ["${'x'.repeat(200)}"]\n`))).toContain(`${FILE}:10: field "aliases.0": Keep each alias to 80 characters or fewer: aliases are search words, not text.`);
    expect(sectionErrors(sectionText({}, VALID_BODY, `aliases: ["${'x'.repeat(20_000)}"]\n`))[0]).toContain(`${FILE}:2: the frontmatter is`);
    expect(sectionErrors(sectionText({}, VALID_BODY, `aliases: ["${'x'.repeat(2_000_000)}"]\n`))[0]).toContain(`${FILE}:1: the file is 200`);
  });

  test('row 29: a citation inside an expression is refused as code', () => {
    expect(body(`{'[@egbert-v-boule]'}\n\n${VALID_BODY}`)).toContain(`${at(BODY_LINE)}"{'[@egbert-v-boule]'}" is code in MDX and is not allowed in a section, not even a {/* comment */}. Remove it; to show a brace as text, write \\{.`);
  });

  test('row 30: the file name must equal the slug', () => {
    expect(sectionErrors(sectionText(), 'content/sections/third.mdx')).toEqual([
      'content/sections/third.mdx:3: field "slug": "second" does not match the file name "third.mdx". The file name is the slug: rename the file to second.mdx, or set slug: third.',
    ]);
  });
});

describe('safe but unclear: now a clear message', () => {
  test('row 31: a month 13 is "not a real date", and no other complaint', () => {
    expect(sectionErrors(sectionText({ currentAsOf: '2026-13-01' }))).toEqual([`${FILE}:6: field "currentAsOf": "2026-13-01" is not a real date. Write it as YYYY-MM-DD, e.g. 2026-06-01.`]);
  });

  test('row 32: a duplicate key names the key, both lines and the fix', () => {
    expect(sectionErrors(sectionText({}, VALID_BODY, 'title: "Again"\n'))).toEqual([`${FILE}:10: field "title" is given twice (first on line 2). Keep one and remove the other.`]);
  });

  test.each([
    ['title: [a]', { title: '[a]' }, `${FILE}:2: field "title": is a list, which does not fit here. Add a title, e.g.`],
    ['topics: westfall-act', { topics: 'westfall-act' }, `${FILE}:8: field "topics": is text, which does not fit here. List topics in brackets, e.g. [ftca], from:`],
    ['aliases: [1, true]', { aliases: '[1, true]' }, `${FILE}:10: field "aliases.0": is a number, which does not fit here. Write each alias as text in quotes, e.g. "Federal Tort Claims Act".`],
    ['aliases: [1, true] (second)', { aliases: '[1, true]' }, `${FILE}:10: field "aliases.1": is true (yes/no), which does not fit here.`],
  ])('row 33: %s names the field, what was given and the fix', (_label, fields, message) => {
    expect(sectionErrors(sectionText(fields)).join('\n')).toContain(message);
  });

  test('row 34: source keys stay the text written', () => {
    const parsed = parseSourceFile(`${SOURCE.replace('usc-28-2679', '010')}${SOURCE.replace('usc-28-2679', '1e3')}${SOURCE.replace('usc-28-2679', '0x1F')}`, 'content/sources/extra.yaml');
    expect(parsed.items.map((item) => item.key)).toEqual(['010', '1e3']);
    expect(parsed.errors).toEqual(['content/sources/extra.yaml:15: source key "0x1F" is not kebab-case. Use lower-case letters and digits joined by single hyphens, e.g. "egbert-v-boule".']);
  });

  test.each([
    ['an alias', `${SOURCE}copy: *s\n`.replace('usc-28-2679:\n', 'usc-28-2679: &s\n'), 'content/sources/extra.yaml:1: source key "usc-28-2679": the anchor "&s" is not allowed'],
    ['a merge key', `${SOURCE}other:\n  <<: { kind: statute }\n`, 'content/sources/extra.yaml:9: source key "other": merge keys ("<<:") copy fields from elsewhere and are not allowed. Write the fields out in full.'],
    ['a tag', SOURCE.replace('section: "2679"', 'section: !!str 2679'), 'content/sources/extra.yaml:4: source "usc-28-2679", field "section": the tag "!!str" is not allowed. Remove it and write the plain value, in quotes if it is text.'],
  ])('row 35: a source entry given by %s says so', (_label, text, message) => {
    expect(sourceErrors(text).join('\n')).toContain(message);
  });

  test('row 36: a glossary alias bomb names the glossary', () => {
    const { errors } = checkGlossary('ftca: &a\n  term: FTCA\n  match: ["FTCA"]\nother: *a\n');
    expect(errors).toContain('content/glossary/terms.yaml:1: term "ftca": the anchor "&a" is not allowed (anchors and aliases can hide or multiply values). Remove it and write each value out in full.');
  });

  test('row 37: a "<" inside a pinpoint is explained', () => {
    const errors = body('Text [@usc-28-2679, at <script>].\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/sections\/second\.mdx:12: the body cannot be read as MDX: Expected a closing tag for `<script>` .*In a section "<" starts a component and "\{" starts code: to show either as text write "\\<" or "\\\{", and close every <Component>\.$/);
  });

  test('row 38: a fragment is named as one', () => {
    expect(body(`<>x</>\n\n${VALID_BODY}`)).toContain(`${at(BODY_LINE)}a fragment "<>…</>" is not allowed in a section. Remove "<>" and "</>" and keep the text between them.`);
  });

  test('row 39: CRLF endings and a byte order mark read as the build reads them; the same reader serves npm run test:content', () => {
    expect(sectionErrors(sectionText().replace(/\n/g, '\r\n'))).toEqual([]);
    expect(sectionErrors(`\uFEFF${sectionText()}`)).toEqual([]);
    expect(sectionErrors(`\n${sectionText()}`)[0]).toContain(`${FILE}:1: the file must start with a line "---"`);
  });
});

describe('safe: stays safe', () => {
  test.each([
    ['<iframe src="https://evil.example/"></iframe>', '<iframe> is not allowed in a section.'],
    ['<object data="x"></object>', '<object> is not allowed in a section.'],
    ['<embed src="x" />', '<embed> is not allowed in a section.'],
    ['<style>{`body{}`}</style>', '<style> is not allowed in a section.'],
    ['<svg onload="alert(1)" />', '<svg> is not allowed in a section.'],
    ['<Status is="open" onClick="alert(1)" />', '<Status> has no "onClick" attribute. Allowed: is.'],
    ['<Status {...props} is="open" />', '<Status> takes plain attributes only, not {...spread}.'],
    ['<Status is={"open"} />', '<Status is> must be a quoted value, e.g. is="settled".'],
    ['<Status.Foo is="open" />', '<Status.Foo> is not allowed in a section.'],
    ['<svg:rect />', '<svg:rect> is not allowed in a section.'],
    ['<Status is="open" client:load />', '<Status> has no "client:load" attribute.'],
    ['<Status is="open" set:html="<script>alert(1)</script>" />', '<Status> has no "set:html" attribute.'],
  ])('raw HTML and component tricks: %s', (markdown, message) => {
    expect(body(`${markdown}\n\n${VALID_BODY}`).join('\n')).toContain(`${at(BODY_LINE)}${message}`);
  });

  test.each([
    ['[a](javascript:alert(1))'],
    ['[a](JaVaScRiPt:alert(1))'],
    ['[a](&#106;avascript:alert(1))'],
    ['[a](java&#x09;script:alert(1))'],
    ['[a](  javascript:alert(1))'],
    ['[a][r]\n\n[r]: javascript:alert(1)'],
    ['[a](data:text/html,<script>alert(1)</script>)'],
    ['[a](vbscript:msgbox(1))'],
  ])('javascript:, data: and vbscript: in every spelling: %s', (markdown) => {
    expect(body(`${VALID_BODY}\n${markdown}\n`).join('\n')).toMatch(/content\/sections\/second\.mdx:1[68]: the link ".*"/);
  });

  test('an autolink <javascript:…> cannot even be read as MDX', () => {
    expect(body(`${VALID_BODY}\n<javascript:alert(1)>\n`)[0]).toContain(`${at(AFTER)}the body cannot be read as MDX`);
  });

  test('[@key] in code stays literal', () => {
    const parsed = parseSectionBody('Write `[@key]` to cite.\n\n```\n[@key]\n```\n');
    expect(parsed.ok).toBe(true);
    expect(body(`Write \`[@key]\` to cite. The statute applies [@usc-28-2679].\n`)).toEqual([]);
  });

  test('source files cannot expand an alias bomb: the first anchor is refused', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n`;
    expect(parseSourceFile(bomb, 'content/sources/bomb.yaml').errors[0]).toBe('content/sources/bomb.yaml:1: source key "a": the anchor "&a" is not allowed (anchors and aliases can hide or multiply values). Remove it and write each value out in full.');
  });

  test('300 sections check correctly', { timeout: 60_000 }, async () => {
    const { checkSectionFile } = await import('../../../src/lib/content/section-file');
    const { findAliasCollisions, findSectionConflicts } = await import('../../../src/lib/sections');
    const checked = Array.from({ length: 300 }, (_, i) => {
      const slug = `section-${i + 1}`;
      const text = sectionText({ slug, order: String(i + 1), title: `"Section ${i + 1}"` }, VALID_BODY, `aliases: ["alias ${i + 1}"]\n`);
      return checkSectionFile({ text, file: `content/sections/${slug}.mdx`, knownKeys: new Set(['usc-28-2679']) });
    });
    expect(checked.flatMap((result) => result.errors)).toEqual([]);
    const rows = checked.flatMap((result) => (result.section ? [{ ...result.section.frontmatter, file: result.section.file }] : []));
    expect(rows).toHaveLength(300);
    expect([...findSectionConflicts(rows), ...findAliasCollisions(rows)]).toEqual([]);
  });
});

describe('the deploy cannot skip the checks', () => {
  const workflow = (name: string) => parseYaml(readFileSync(join(import.meta.dirname, `../../../.github/workflows/${name}`), 'utf8')) as {
    permissions?: unknown;
    jobs: Record<string, { needs?: string; uses?: string; permissions?: Record<string, string>; steps?: Array<{ run?: string }> }>;
  };

  test('the build needs the checks job, which runs the content checks and the full suite', () => {
    const deploy = workflow('deploy.yml');
    const checks = workflow('checks.yml');
    expect(deploy.jobs['checks']?.uses).toBe('./.github/workflows/checks.yml');
    expect(deploy.jobs['build']?.needs).toBe('checks');
    expect(deploy.jobs['deploy']?.needs).toBe('build');
    const runs = checks.jobs['checks']?.steps?.map((step) => step.run) ?? [];
    expect(runs).toContain('npm run test:content');
    expect(runs).toContain('bash .ci/run');
  });

  test('each job has the least permissions it needs', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.permissions).toEqual({});
    expect(deploy.jobs['checks']?.permissions).toEqual({ contents: 'read' });
    expect(deploy.jobs['build']?.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs['deploy']?.steps?.every((step) => step.run === undefined)).toBe(true);
    expect(workflow('checks.yml').permissions).toEqual({ contents: 'read' });
  });
});

test('the README states the number of failing content fixtures', () => {
  const fixtures = readdirSync(join(import.meta.dirname, '../../fixtures/content-errors'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && !['_valid', 'safe-content', 'translation-behind'].includes(entry.name));
  const cases = readFileSync(join(import.meta.dirname, '../../content/content-errors.test.ts'), 'utf8').match(/\{ fixture: '|^\s+fixture: '/gm) ?? [];
  expect(cases).toHaveLength(fixtures.length);
  expect(readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8')).toContain(`${fixtures.length} failing fixtures`);
});
