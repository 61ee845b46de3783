import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { HtmlValidate } from 'html-validate';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { headingLinkOptions } from '../../../src/plugins/heading-links';
import { rehypeBackToContents } from '../../../src/plugins/rehype-back-to-contents';
import { rehypeTableRegions } from '../../../src/plugins/rehype-table-regions';

/** The site's own order: heading ids, heading links, then these layout plugins. */
async function html(markdown: string): Promise<string> {
  return String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeHeadingIds)
      .use(rehypeAutolinkHeadings, headingLinkOptions)
      .use(rehypeBackToContents)
      .use(rehypeTableRegions)
      .use(rehypeStringify)
      .process(markdown),
  );
}

const back = '<p class="back-to-contents" data-pagefind-ignore=""><a href="#contents"><span aria-hidden="true">↑ </span>Back to contents</a></p>';

describe('rehypeBackToContents', () => {
  test('after each main part: before every h2 but the first, and at the end', async () => {
    const out = await html('## One\n\nText.\n\n### Sub\n\nMore.\n\n## Two\n\nEnd.');
    expect(out.split(back)).toHaveLength(3);
    expect(out.indexOf(back)).toBeGreaterThan(out.indexOf('More.'));
    expect(out.indexOf(back)).toBeLessThan(out.indexOf('id="two"'));
    expect(out.endsWith(back)).toBe(true);
    expect(out.indexOf(back)).toBeGreaterThan(out.indexOf('id="sub"'));
  });
  test('a body without h2 gets none', async () => {
    expect(await html('Just text.')).not.toContain('back-to-contents');
  });
});

describe('rehypeTableRegions', () => {
  const table = '## At a glance\n\n| Who | Deadline |\n| --- | --- |\n| The United States | 2 years |\n';
  test('wraps the table in a focusable region named by the heading above, and labels each cell with its column', async () => {
    const out = await html(table);
    expect(out).toContain('<section class="table-scroll" tabindex="0" aria-labelledby="at-a-glance"><table aria-labelledby="at-a-glance">');
    expect(out).toContain('<th scope="col">Who</th>');
    expect(out.replace(/\n/g, '')).toContain('<td data-label="Who">The United States</td><td data-label="Deadline">2 years</td>');
  });
  test('a table without a heading above is still named', async () => {
    expect(await html('| A |\n| - |\n| b |\n')).toContain('<section class="table-scroll" tabindex="0" aria-label="Table">');
  });
  test('the result is valid HTML by the site’s rules', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off' } });
    const report = await validator.validateString(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>${await html(table)}</main></body></html>`);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
