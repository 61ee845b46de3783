import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, test } from 'vitest';
import { remarkCitations } from '../../../src/plugins/remark-citations';
import { remarkLiteralBrackets } from '../../../src/plugins/remark-literal-brackets';
import { remarkStrictFrontmatter } from '../../../src/plugins/remark-strict-frontmatter';
import { sectionText } from '../../helpers/section-text';

describe('remarkLiteralBrackets', () => {
  const html = async (markdown: string) =>
    String(
      await unified()
        .use(remarkParse)
        .use(remarkMdx)
        .use(remarkLiteralBrackets)
        .use(remarkCitations, { knownKeys: () => new Set(['key']) })
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(new VFile({ value: markdown, data: { astro: { frontmatter: { sources: ['key'] } } } })),
    );

  test.each([
    ['\\[@other]', '[@other]'],
    ['[\\@other]', '[@other]'],
    ['&#91;@other]', '[@other]'],
    ['&lbrack;@other&rbrack;', '[@other]'],
    ['&#x5B;@other&#x5D;', '[@other]'],
    ['\\[@other\\]', '[@other]'],
  ])('%s shows as text', async (written, shown) => {
    expect(await html(`Write ${written} literally; cite [@key].`)).toContain(`<p>Write ${shown} literally; cite<sup class="cite"`);
  });

  test('other escapes still join the text around them', async () => {
    expect(await html('A \\* star and &amp; [@key].')).toContain('<p>A * star and &#x26;<sup');
  });

  test('an escaped bracket does not hide a real marker after it', async () => {
    expect((await html('\\[ [@key]')).match(/<sup/g)).toHaveLength(1);
  });
});

describe('remarkStrictFrontmatter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strict-frontmatter-'));
  mkdirSync(join(dir, 'content/sections'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('replaces the compiler\'s frontmatter with the strict reading of the file', async () => {
    const path = join(dir, 'content/sections/second.mdx');
    writeFileSync(path, sectionText({}, 'Text.', 'anchorAliases: { 010: another-heading }\n'));
    // What js-yaml gives the compiler: dates as Dates, and a key 010 read as a number.
    const file = new VFile({ path, value: 'Text.', data: { astro: { frontmatter: { currentAsOf: new Date(), anchorAliases: { 8: 'another-heading' } } } } });
    await unified().use(remarkParse).use(remarkStrictFrontmatter, { root: dir }).run(unified().use(remarkParse).parse(''), file);
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(frontmatter['currentAsOf']).toBe('2026-06-01');
    expect(frontmatter['anchorAliases']).toEqual({ '010': 'another-heading' });
  });

  test('a file the strict reader refuses fails here too', async () => {
    const path = join(dir, 'content/sections/bad.mdx');
    writeFileSync(path, sectionText({}, 'Text.', 'a: &x 1\n'));
    const file = new VFile({ path, value: 'Text.' });
    await expect(unified().use(remarkParse).use(remarkStrictFrontmatter, { root: dir }).run(unified().use(remarkParse).parse(''), file)).rejects.toThrow('content/sections/bad.mdx:10: field "a": the anchor "&x" is not allowed');
  });

  test('MDX outside content/sections keeps its own frontmatter', async () => {
    const file = new VFile({ path: join(dir, 'page.mdx'), value: 'Text.', data: { astro: { frontmatter: { title: 'x' } } } });
    await unified().use(remarkParse).use(remarkStrictFrontmatter, { root: dir }).run(unified().use(remarkParse).parse(''), file);
    expect((file.data as { astro: { frontmatter: unknown } }).astro.frontmatter).toEqual({ title: 'x' });
  });
});
