/**
 * Bad content must fail the build with one clear message naming the file, the
 * field or line, and the fix. Each row builds a fixture project (see
 * tests/fixtures/content-errors/README.md) with the real config and code. Most
 * rows hold one mistake; a row for a class of mistakes (code in MDX, YAML
 * tricks, files nothing reads …) holds one instance per file, because the build
 * reports every file's problems at once. tests/unit/review/security-review.test.ts
 * covers each instance of the security review on the same checks, without a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroBuild, prepareFixture, projectRoot } from '../helpers/fixture-build';

interface Case {
  fixture: string;
  /** Every string must appear in the build output. */
  says: string[];
}

const cases: Case[] = [
  { fixture: 'unknown-citation-key', says: ['content/sections/second.mdx:14: Unknown source key "westfall-act-of-1988"', 'add a "westfall-act-of-1988" entry to a file in content/sources/'] },
  { fixture: 'malformed-marker', says: ['content/sections/second.mdx:14: malformed citation marker "[@Westfall]"', 'is not a kebab-case key', 'Write [@key]'] },
  { fixture: 'cited-but-not-listed', says: ['content/sections/second.mdx:14: "egbert-v-boule" is cited in the text but missing from the frontmatter "sources" list', 'Add "egbert-v-boule" to sources'] },
  {
    fixture: 'translation-differs',
    says: ['content/es/sections/first.mdx: the citations differ from content/sections/first.mdx', 'missing "egbert-v-boule, at 492"; extra "egbert-v-boule"'],
  },
  { fixture: 'listed-but-not-cited', says: ['content/sections/second.mdx:9: "usc-28-2680" is listed in the frontmatter "sources" but never cited', 'or remove it from sources'] },
  { fixture: 'missing-required-field', says: ['content/sections/second.mdx:2: field "summary": Add a summary'] },
  { fixture: 'invalid-date', says: ['content/sections/second.mdx:6: field "currentAsOf": "2026-02-30" is not a real date', 'YYYY-MM-DD'] },
  { fixture: 'unknown-topic', says: ['content/sections/second.mdx:8: field "topics.1": Unknown topic. Use one of:'] },
  {
    fixture: 'duplicate-section-slug',
    says: [
      'content/sections/third.mdx:3: field "slug": "second" does not match the file name "third.mdx". The file name is the slug: rename the file to second.mdx, or set slug: third.',
      'content/sections/third.mdx: field "slug": "second" is already the slug of content/sections/second.mdx',
      'give this section its own slug',
    ],
  },
  { fixture: 'broken-frontmatter-yaml', says: ['content/sections/second.mdx:2: YAML error', 'Fix the YAML syntax'] },
  { fixture: 'unknown-source-kind', says: ['content/sources/extra.yaml:2: source "martin-v-united-states", field "kind"', 'Set kind to one of: case, statute'] },
  { fixture: 'non-https-url', says: ['content/sources/extra.yaml:6: source "metnews-horiuchi", field "url"', 'uses http:. Use the https:// address'] },
  { fixture: 'javascript-url', says: ['content/sources/extra.yaml:6: source "bad-link", field "url"', '"javascript:" links are not allowed'] },
  { fixture: 'missing-source-field', says: ['content/sources/extra.yaml:1: source "hui-v-castaneda", field "court"', 'Add the court'] },
  { fixture: 'duplicate-source-key', says: ['content/sources/sources.yaml:1: source key "egbert-v-boule" is already defined at content/sources/extra.yaml:1', 'Keys must be unique'] },
  { fixture: 'broken-source-yaml', says: ['content/sources/extra.yaml:', 'Fix the YAML syntax'] },
  { fixture: 'empty-body', says: ['content/sections/second.mdx: the body is empty', 'Write the section below the frontmatter'] },
  { fixture: 'duplicate-heading', says: ['content/sections/second.mdx:16: the heading "Another heading" repeats the one on line 12', 'Give each heading distinct words'] },
  { fixture: 'date-in-the-future', says: ['content/sections/second.mdx: field "currentAsOf": 2099-01-01 is in the future', 'Use the date the section was actually checked'] },
  { fixture: 'raw-script', says: ['content/sections/second.mdx:16: <script> is not allowed in a section', 'Use Markdown, or one of: <Status>, <Deadlines>'] },
  { fixture: 'event-handler-attribute', says: ['content/sections/second.mdx:14: <Status> has no "onClick" attribute. Allowed: is'] },
  { fixture: 'unknown-status-value', says: ['content/sections/second.mdx:14: <Status is="setled"> is not allowed. Use one of: settled, contested, open'] },
  { fixture: 'javascript-link', says: ['content/sections/second.mdx:14: the link "javascript:alert(1)" runs code', 'Link to an https:// page'] },
  { fixture: 'image-without-alt', says: ['content/sections/second.mdx:16: the image "https://www.law.cornell.edu/logo.png" has no alt text', 'Describe it', '("https:" images are not allowed)'] },
  { fixture: 'deadline-without-warning', says: ['content/sections/second.mdx: deadline warning missing', 'line 16: the <Deadlines> box states the FTCA deadline but does not say that other claims', 'Add it next to the deadline, with its sources'] },
  { fixture: 'change-log-missing-anchor', says: ['content/changes.yaml:1: field "anchor": "no-such-heading" is not a heading id on /sections/first/', 'Use the id of the heading the change is under'] },
  {
    fixture: 'first-steps-unknown-key',
    says: ['content/first-steps/en.yaml: field "steps.1.text": Unknown source key "npap-abuot"', 'add a "npap-abuot" entry to a file in content/sources/'],
  },
  { fixture: 'alias-collision', says: ['content/sections/second.mdx: field "aliases": "Egbert" is already an alias of content/sections/first.mdx', 'Keep each alias on the one section'] },
  // Classes of mistake from the security review, one instance per file.
  {
    fixture: 'code-in-mdx',
    says: [
      'content/sections/second.mdx:12: "export const pwn = (await import(\'node:fs\')).writeFileSync(\'…": export statements are not allowed in a section: they run code when the site is built. Remove it; <Status> and <Deadlines> need no import.',
      'content/sections/third.mdx:16: "{process.env.HOME}" is code in MDX and is not allowed in a section, not even a {/* comment */}. Remove it; to show a brace as text, write \\{.',
      'content/sections/fourth.mdx:12: "import Status from \'../evil/Status.astro\'": import statements are not allowed in a section',
      'content/evil/: unexpected folder. content/ holds only sections/, sources/, glossary/, first-steps/, es/, changes.yaml and published-anchors.json.',
    ],
  },
  {
    fixture: 'frontmatter-yaml-tricks',
    says: [
      'content/sections/second.mdx:10: field "a": the anchor "&a" is not allowed (anchors and aliases can hide or multiply values). Remove it and write each value out in full.',
      'content/sections/second.mdx:11: field "b.0": the alias "*a" repeats a value from elsewhere in the file. Aliases are not allowed: write the value out in full.',
      'content/sections/third.mdx:6: field "currentAsOf": "2026-02-30" is not a real date. Write it as YYYY-MM-DD, e.g. 2026-06-01.',
      'content/sections/fourth.mdx:6: field "currentAsOf": "2026-06-01T22:00:00-05:00" is not a plain calendar date. Write it as YYYY-MM-DD, e.g. 2026-06-01, with no time or time zone.',
      'content/sections/fifth.mdx:10: field "title" is given twice (first on line 2). Keep one and remove the other.',
      'content/sections/sixth.mdx:5: field "order": the tag "!!int" is not allowed. Remove it and write the plain value, in quotes if it is text.',
      'content/glossary/terms.yaml:1: term "ftca": the anchor "&t" is not allowed',
      'content/glossary/terms.yaml:4: term "westfall-act": the alias "*t" repeats a value',
    ],
  },
  {
    fixture: 'unknown-section-field',
    says: [
      'content/sections/second.mdx:10: field "draft": unknown field. Sections have no draft state: every file in content/sections is published.',
      'content/sections/third.mdx:9: field "lastreviewed": unknown field. Did you mean "lastReviewed"? Fix the name (it would otherwise be ignored).',
    ],
  },
  {
    fixture: 'unexpected-files',
    says: [
      'content/sections/third.md: unexpected file. sections are .mdx files named after their slug in lower case (e.g. two-routes.mdx), directly in content/sections/. Rename or move it: as it is, it would never be published.',
      'content/sections/fourth.MDX: unexpected file.',
      'content/sections/drafts/: unexpected folder.',
      'content/sources/extra.YAML: unexpected file. sources are .yaml files with kebab-case names (e.g. cases.yaml), directly in content/sources/. Rename or move it: as it is, its entries would never be checked.',
      'content/sources/more/: unexpected folder.',
      'content/published-anchors.json:1: the file is not valid JSON',
    ],
  },
  {
    fixture: 'structure-rules',
    says: [
      'content/sections/second.mdx:16: <Status> takes no text inside it: the text would not be shown. Write <Status is="…" /> and put the sentence after it.',
      'content/sections/third.mdx:12: the heading "Sources" gets the id "sources", which the page layout already uses. Reword the heading.',
      'content/sections/fourth.mdx:10: field "anchorAliases.toc-title": This id is used by the page layout',
      'content/sections/fifth.mdx:18: footnotes ("[^1]") are not allowed: their text would have no source.',
      'content/sections/sixth.mdx:12: "# A second page title" makes a second page title. Start headings at "##"',
    ],
  },
  {
    fixture: 'marker-out-of-place',
    says: [
      'content/sections/second.mdx:14: a citation marker sits inside link text ("the statute [@usc-28-2679]"). Move it after the link',
      'content/sections/third.mdx:12: a heading contains a citation marker ("A heading with a cite [@usc-28-2679]"). Headings cannot carry citations',
      'content/sections/fourth.mdx:4: field "summary": contains a citation marker ("[@…"), which would be shown raw on the home page, in search results and in link previews.',
      'content/sections/fifth.mdx:16: <Deadlines title="Two years [@usc-28-2679]"> contains a citation marker, which would be shown raw.',
    ],
  },
  {
    fixture: 'body-links-and-images',
    says: [
      'content/sections/second.mdx:16: the link "http://www.law.cornell.edu/uscode/text/28/2679" uses http:',
      'content/sections/second.mdx:16: the link "http://www.evil.example" uses http: (a bare "www." address becomes one)',
      'content/sections/third.mdx:16: the link "https://www.law.cornell.edu@evil.example/" has a user name or password before the host, so it really goes to "evil.example".',
      'content/sections/fourth.mdx:16: the image "https://www.law.cornell.edu/logo.png" is not a file on this site ("https:" images are not allowed).',
      'content/sections/fifth.mdx:16: the image "data:image/png;base64,AAAA" is not a file on this site ("data:" images are not allowed).',
    ],
  },
  {
    fixture: 'hidden-characters',
    says: [
      'content/sections/second.mdx:2: column 16 holds the invisible character U+202E (right-to-left override, a bidirectional control).',
      'content/sections/third.mdx:14: column 17 holds the invisible character U+200B (zero-width space).',
      'content/sections/fourth.mdx:14: a character reference or escape writes the invisible character U+202E',
    ],
  },
  {
    fixture: 'pathological-input',
    says: [
      'content/sections/second.mdx:1: the file is 70277 characters long; a section may be at most 60000. Split it into two sections.',
      'content/sections/third.mdx:16: this line nests lists, quotes or components more than 12 levels deep',
      'content/sections/fourth.mdx:16: the body has more than 3000 "*" and "_" characters',
    ],
  },
  {
    fixture: 'unreadable-mdx',
    says: [
      'content/sections/second.mdx:14: the body cannot be read as MDX: Expected a closing tag for `<script>`',
      'to show either as text write "\\<" or "\\{"',
      'content/sections/third.mdx:16: a fragment "<>…</>" is not allowed in a section.',
      'content/sections/fourth.mdx:16: the body cannot be read as MDX',
      'HTML comments and raw HTML are not allowed in a section: remove them.',
    ],
  },
  {
    fixture: 'source-mistakes',
    says: [
      'content/sources/tricks.yaml:1: source key "usc-28-2671": the anchor "&base" is not allowed',
      'content/sources/tricks.yaml:9: source key "usc-28-2672": the alias "*base" repeats a value',
      'content/sources/tricks.yaml:12: source key "usc-28-2674": merge keys ("<<:") copy fields from elsewhere and are not allowed.',
      'content/sources/tricks.yaml:18: source "usc-28-2675", field "section": the tag "!!str" is not allowed.',
      'content/sources/tricks.yaml:39: source key "usc-28-2677" is given twice (first on line 31). Each source key may appear once: rename or remove the second one.',
      'content/sources/fields.yaml:10: source "hui-v-castaneda", field "histroy": unknown field. Did you mean "history"?',
      'content/sources/fields.yaml:11: source "hui-v-castaneda", field "shortname": unknown field. Did you mean "shortName"?',
      'content/sources/fields.yaml:17: source "usc-28-2401", field "url": "https://www.law.cornell.edu@evil.example/uscode/text/28/2401" has a user name or password before the host, so it really goes to "evil.example".',
      'content/sources/fields.yaml:25: source "usc-28-2402", field "url": "https://127.0.0.1:8443/uscode/2402" uses an IP address as its host.',
      'content/sources/fields.yaml:33: source "usc-28-2403", field "url": "https://www.lаw.cornell.edu/uscode/text/28/2403" contains "а", which is not plain ASCII',
      'content/sources/fields.yaml:41: source "usc-28-2404", field "url": "https://www.law.cornell.edu/uscode/text/28/ 2404" is not a valid URL: it contains a space',
      'content/sources/fields.yaml:52: column 10 holds the invisible character U+202E',
      'content/sources/fields.yaml:59: source "usc-28-2406", field "lastChecked": "2026-02-30" is not a real date.',
    ],
  },
];

test('the valid fixture builds, so each failure below is caused by its one mistake', async () => {
  const result = await astroBuild(prepareFixture('_valid'));
  expect(result.output).not.toMatch(/error/i);
  expect(result.ok).toBe(true);
});

describe.each(cases)('$fixture', ({ fixture, says }) => {
  test('fails the build with a message naming the file, the field or key, and the fix', async () => {
    const root = prepareFixture(fixture);
    const result = await astroBuild(root);
    expect(result.ok, result.output).toBe(false);
    for (const text of says) expect(result.output).toContain(text);
    // The export in code-in-mdx writes pwned.txt if it ever runs (cwd is the fixture root).
    expect(existsSync(join(root, 'pwned.txt')) || existsSync(join(projectRoot, 'pwned.txt'))).toBe(false);
  });
});

test('content that only looks risky builds, and reads as written', async () => {
  const root = prepareFixture('safe-content');
  const result = await astroBuild(root);
  expect(result.ok, result.output).toBe(true);
  const html = readFileSync(join(root, 'dist/sections/second/index.html'), 'utf8');
  // HTML in a title or summary is text everywhere: <title>, h1 and summary are escaped, JSON-LD
  // escapes "<", and in a quoted meta attribute a "<" is only a character.
  const outsideAttributes = html.replace(/ content="[^"]*"/g, '');
  expect(outsideAttributes).not.toContain('<b>section</b>');
  expect(outsideAttributes).not.toContain('<script>alert(1)</script>');
  expect(html).toContain('<title>Second &lt;b&gt;section&lt;/b&gt; &amp; more · Liability Explained</title>');
  expect(html).toMatch(/<h1[^>]*>Second &lt;b&gt;section&lt;\/b&gt; &amp; more<\/h1>/);
  expect(html).toMatch(/<p class="summary"[^>]*>A summary with &lt;script&gt;alert\(1\)&lt;\/script&gt; in it\.<\/p>/);
  expect(html).toContain('Second \\u003cb>section\\u003c/b> & more');
  // A CRLF file with a byte order mark reads as any other.
  expect(html).toContain('<h2 id="another-heading">Another heading</h2>');
  // An escaped bracket and a code span stay text; only the real marker becomes a citation.
  expect(html).toContain('Pandoc writes a citation as [@key], shown here as text, and <code>[@key]</code> in code stays code.');
  // Count markers in the section's own text: the "what to do now" block above it carries its own citations.
  const body = html.slice(html.indexOf('<h2 id="another-heading">'), html.indexOf('id="sources"'));
  expect(body.match(/<sup class="cite"/g)).toHaveLength(1);
  // Two old heading ids both land on the renamed heading.
  expect(html).toContain('<span id="old-one" class="anchor-alias"></span><span id="old-two" class="anchor-alias"></span>');
  // An e-mail address written as text is linked to itself; a local image keeps its alt text.
  expect(html).toContain('<a href="mailto:ICEOPRIntake@ice.dhs.gov">ICEOPRIntake@ice.dhs.gov</a>');
  expect(html).toMatch(/<img src="\/favicon\.svg" alt="The site(&#39;|')s icon"/);
});
