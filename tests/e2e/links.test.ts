/**
 * Checks over the built HTML in dist/ (parsed, no browser): every internal link,
 * asset and #fragment resolves, outside links are well-formed https (or mailto or tel),
 * and every glossary term is defined and linked from a section.
 */
import { join } from 'node:path';
import { readGlossary } from '../../src/lib/glossary';
import { describe, expect, inject, test } from 'vitest';
import { siteLinks } from '../helpers/links';

const { pages, resolve, brokenOn } = siteLinks(inject('distDir'), inject('siteUrl'));

describe.each([...pages.keys()])('%s', (path) => {
  test('every internal link and #fragment resolves; outside links are well-formed', () => {
    expect(brokenOn(path)).toEqual([]);
  });
});

test('every glossary term has its anchor on the glossary page and is linked from a section', () => {
  // The build's own reader, so the test sees the glossary exactly as the build does.
  const terms = readGlossary(join(import.meta.dirname, '../..')).map((term) => term.anchor);
  const glossary = pages.get('/sections/glossary/');
  expect(glossary, 'the glossary page is built').toBeDefined();
  const linked = new Set<string>();
  for (const [path, page] of pages) {
    if (path === '/sections/glossary/') continue;
    for (const { href } of page.links) {
      const target = resolve(path, href);
      if (target?.path === '/sections/glossary/') linked.add(target.fragment);
    }
  }
  for (const anchor of terms) {
    expect(glossary?.ids.has(anchor), `#${anchor} on the glossary page`).toBe(true);
    expect(linked.has(anchor), `a section links to #${anchor}`).toBe(true);
  }
});
