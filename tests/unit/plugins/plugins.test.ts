import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { rehypeBaseLinks } from '../../../src/plugins/rehype-base-links';
import { remarkContentRules } from '../../../src/plugins/remark-content-rules';
import { remarkGlossaryLinks } from '../../../src/plugins/remark-glossary-links';
import { remarkMdxComponents } from '../../../src/plugins/remark-mdx-components';

const terms = [
  { anchor: 'ftca', term: 'FTCA', match: ['Federal Tort Claims Act', 'FTCA'] },
  { anchor: 'judgment-bar', term: 'Judgment bar', match: ['judgment bar'] },
];

async function html(markdown: string, path = '/p/content/sections/x.mdx', base = '/'): Promise<string> {
  const file = new VFile({ path, value: markdown });
  return String(
    await unified()
      .use(remarkParse)
      .use(remarkGlossaryLinks, { terms: () => terms })
      .use(remarkRehype)
      .use(rehypeBaseLinks, { base })
      .use(rehypeStringify)
      .process(file),
  );
}

describe('remarkGlossaryLinks', () => {
  test('links the first use of each term only, leaving headings and links alone', async () => {
    const out = await html('## FTCA basics\n\nThe FTCA and the FTCA again. A [FTCA link](/x/) and the judgment bar.');
    expect(out).toBe(
      '<h2>FTCA basics</h2>\n<p>The <a href="/sections/glossary/#ftca" class="glossary-term">FTCA</a> and the FTCA again. A <a href="/x/">FTCA link</a> and the <a href="/sections/glossary/#judgment-bar" class="glossary-term">judgment bar</a>.</p>',
    );
  });

  test('prefers the earliest phrase, and matches whole words only', async () => {
    const out = await html('Under the Federal Tort Claims Act (FTCA), not FTCAX.');
    expect(out).toContain('<a href="/sections/glossary/#ftca" class="glossary-term">Federal Tort Claims Act</a> (FTCA)');
  });

  test('skips the glossary page itself', async () => {
    expect(await html('The FTCA.', '/p/content/sections/glossary.mdx')).toBe('<p>The FTCA.</p>');
  });
});

describe('rehypeBaseLinks', () => {
  test.each([
    ['/explainer/', '[a](/sections/ftca/)', '<p><a href="/explainer/sections/ftca/">a</a></p>'],
    ['/explainer/', '[a](https://www.law.cornell.edu/)', '<p><a href="https://www.law.cornell.edu/">a</a></p>'],
    ['/explainer/', '[a](#x)', '<p><a href="#x">a</a></p>'],
    ['/', '[a](/sections/ftca/)', '<p><a href="/sections/ftca/">a</a></p>'],
  ])('base %s: %s', async (base, markdown, expected) => {
    expect(await html(markdown, '/p/content/sections/x.mdx', base)).toBe(expected);
  });
});

// The project root, so image paths are checked against the real public/ folder.
const projectRoot = join(import.meta.dirname, '../../..');

async function check(plugin: typeof remarkMdxComponents | typeof remarkContentRules, markdown: string): Promise<void> {
  const file = new VFile({ path: join(projectRoot, 'content/sections/x.mdx'), value: markdown });
  const processor = unified().use(remarkParse).use(remarkMdx).use(plugin, { root: projectRoot });
  await processor.run(processor.parse(file), file);
}

describe('remarkMdxComponents', () => {
  test.each([
    ['<Status is="settled" /> Text.'],
    ['<Deadlines>\n\n- One.\n\n</Deadlines>'],
    ['<Deadlines title="Key dates">\n\n- One.\n\n</Deadlines>'],
  ])('accepts %j', async (markdown) => {
    await expect(check(remarkMdxComponents, markdown)).resolves.toBeUndefined();
  });

  test.each([
    ['<Status />', '<Status> needs is="…", one of: settled, contested, open.'],
    ['<Status is="maybe" />', '<Status is="maybe"> is not allowed. Use one of: settled, contested, open.'],
    ['<Status is={x} />', '<Status is> must be a quoted value'],
    ['<Status is="open" onClick="x" />', '<Status> has no "onClick" attribute.'],
    ['<Status {...props} is="open" />', '<Status> takes plain attributes only, not {...spread}.'],
    ['<div>hi</div>', '<div> is not allowed in a section.'],
    ['<script>alert(1)</script>', '<script> is not allowed in a section.'],
  ])('refuses %j', async (markdown, message) => {
    await expect(check(remarkMdxComponents, markdown)).rejects.toThrow(`content/sections/x.mdx:1: ${message}`);
  });
});

describe('remarkContentRules', () => {
  test('accepts ordinary content', async () => {
    await expect(check(remarkContentRules, '## One\n\n[a](https://x.org/) ![A chart](/favicon.svg)\n\n## Two')).resolves.toBeUndefined();
  });

  test.each([
    ['[x](javascript:alert(1))', 'the link "javascript:alert(1)" runs code'],
    ['[x](data:text/html,hi)', 'the link "data:text/html,hi" runs code'],
    ['![](/c.svg)', 'the image "/c.svg" has no alt text'],
    ['## Same\n\n## Same', 'x.mdx:3: the heading "Same" repeats the one on line 1'],
    ['### Who pays?\n\n## Who pays', 'repeats the one on line 1'],
  ])('refuses %j', async (markdown, message) => {
    await expect(check(remarkContentRules, markdown)).rejects.toThrow(message);
  });
});

describe('rehypeAnchorAliases', () => {
  async function render(markdown: string, anchorAliases: Record<string, string>): Promise<string> {
    const { rehypeAnchorAliases } = await import('../../../src/plugins/rehype-anchor-aliases');
    const { rehypeHeadingIds } = await import('@astrojs/markdown-remark');
    const file = new VFile({ path: '/p/content/sections/x.mdx', value: markdown, data: { astro: { frontmatter: { anchorAliases } } } });
    return String(await unified().use(remarkParse).use(remarkRehype).use(rehypeHeadingIds).use(rehypeAnchorAliases, { root: '/p' }).use(rehypeStringify).process(file));
  }

  test('keeps an old anchor pointing at the renamed heading', async () => {
    expect(await render('## In brief\n\nText.', { 'in-one-paragraph': 'in-brief' })).toBe(
      '<span id="in-one-paragraph" class="anchor-alias"></span><h2 id="in-brief">In brief</h2>\n<p>Text.</p>',
    );
  });

  test('refuses an alias to a heading that does not exist', async () => {
    await expect(render('## In brief', { 'in-one-paragraph': 'in-short' })).rejects.toThrow('"in-one-paragraph" points to "#in-short", which is not a heading id on this page');
  });

  test('refuses an alias that is still a live heading id', async () => {
    await expect(render('## In brief\n\n## Old', { old: 'in-brief' })).rejects.toThrow('"old" is still a heading id on this page. Remove the alias.');
  });
});
