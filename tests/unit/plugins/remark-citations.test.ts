import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { remarkCitations } from '../../../src/plugins/remark-citations';

const known = new Set(['egbert-v-boule', 'tun-cos-v-perrotte', 'usc-28-2680']);
const snapshots = join(import.meta.dirname, '../../fixtures/plugins');

async function render(markdown: string, sources: string[]): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const frontmatter: Record<string, unknown> = { sources };
  const file = new VFile({ path: '/project/content/sections/example.mdx', value: markdown, data: { astro: { frontmatter } } });
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkCitations, { knownKeys: () => known, root: '/project' })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file),
  );
  return { html, frontmatter };
}

/** Compares with a committed HTML file; set UPDATE_SNAPSHOTS=1 to rewrite it after a deliberate change. */
function expectSnapshot(name: string, html: string): void {
  const path = join(snapshots, name);
  if (process.env['UPDATE_SNAPSHOTS'] === '1') writeFileSync(path, html);
  expect(html).toBe(readFileSync(path, 'utf8'));
}

const example = [
  'Courts refused to extend *Bivens* [@egbert-v-boule, at 492; @tun-cos-v-perrotte].',
  '',
  'The law-enforcement proviso matters [@usc-28-2680]. So does *Egbert* [@egbert-v-boule].',
].join('\n');

test('renders numbered, labelled markers (Markdown in, HTML out)', async () => {
  const { html } = await render(example, ['egbert-v-boule', 'tun-cos-v-perrotte', 'usc-28-2680']);
  expectSnapshot('remark-citations.html', html);
});

test('records the numbering for the page', async () => {
  const { frontmatter } = await render(example, ['usc-28-2680', 'tun-cos-v-perrotte', 'egbert-v-boule']);
  expect(frontmatter['citations']).toEqual([
    { key: 'egbert-v-boule', number: 1, citedAt: [{ id: 'cite-egbert-v-boule-1', locator: 'at 492' }, { id: 'cite-egbert-v-boule-2' }] },
    { key: 'tun-cos-v-perrotte', number: 2, citedAt: [{ id: 'cite-tun-cos-v-perrotte-1' }] },
    { key: 'usc-28-2680', number: 3, citedAt: [{ id: 'cite-usc-28-2680-1' }] },
  ]);
});

test('leaves text without markers alone', async () => {
  const { html } = await render('No citations [here], write to a@b.org.', []).catch(() => ({ html: 'threw' }));
  // A section must cite something, but the plugin itself only checks agreement.
  expect(html).toBe('<p>No citations [here], write to a@b.org.</p>');
});

test.each([
  ['an unknown key', 'Text [@no-such-source].', ['no-such-source'], /content\/sections\/example\.mdx: citation problem:\n {2}- Unknown source key "no-such-source"/],
  ['a malformed marker', 'Text [@Egbert].', ['egbert-v-boule'], /content\/sections\/example\.mdx: citation problems?:\n {2}- line 1: malformed citation marker "\[@Egbert\]"/],
  ['a key missing from the frontmatter', 'Text [@egbert-v-boule].', [], /"egbert-v-boule" is cited in the text but missing from the frontmatter "sources" list/],
  ['a listed key that is never cited', 'Text [@egbert-v-boule].', ['egbert-v-boule', 'usc-28-2680'], /"usc-28-2680" is listed in the frontmatter "sources" but never cited/],
])('fails on %s, naming the file, the key and the fix', async (_label, markdown, sources, message) => {
  await expect(render(markdown, sources)).rejects.toThrow(message);
});

test('can append the numbered source list to the document itself (for renderers without our layout)', async () => {
  const file = new VFile({ path: '/project/content/sections/example.mdx', value: 'A [@usc-28-2680]. B [@egbert-v-boule].', data: { astro: { frontmatter: { sources: ['usc-28-2680', 'egbert-v-boule'] } } } });
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkCitations, { knownKeys: () => known, root: '/project', appendSources: (key) => ({ text: `Text of ${key}`, url: `https://example.org/${key}` }) })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file),
  );
  expect(html).toContain('<h2>Sources</h2>\n<ol>\n<li><a href="https://example.org/usc-28-2680">Text of usc-28-2680</a></li>\n<li><a href="https://example.org/egbert-v-boule">Text of egbert-v-boule</a></li>\n</ol>');
});
