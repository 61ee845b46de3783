/**
 * Checks over the built HTML in dist/ (no browser needed, but it needs the build
 * the e2e setup makes): every internal link and #fragment resolves, outside links
 * are https (or mailto), and every glossary term is defined and linked from a section.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, test } from 'vitest';
import { readPage, type PageFacts } from '../helpers/html';
import { builtPages } from '../helpers/pages';

const dist = inject('distDir');
const site = new URL(inject('siteUrl'));
const base = site.pathname;
const pages = new Map<string, PageFacts>(builtPages(dist).map((path) => [path, readPage(dist, path)]));

/** Resolves an href on `from` to [site path, fragment], or null for outside links. */
function resolve(from: string, href: string): { path: string; fragment: string } | null {
  const url = new URL(href, new URL(from.slice(1), site));
  if (url.origin !== site.origin) return null;
  const path = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname;
  return { path, fragment: decodeURIComponent(url.hash.slice(1)) };
}

function exists(path: string): boolean {
  if (pages.has(path)) return true;
  const file = join(dist, path);
  return existsSync(file) && !path.endsWith('/');
}

describe.each([...pages.keys()])('%s', (path) => {
  const page = pages.get(path);
  test('every internal link and #fragment resolves; outside links are well-formed https', () => {
    const broken: string[] = [];
    for (const { href } of page?.links ?? []) {
      const target = resolve(path, href);
      if (target === null) {
        const wellFormed = (/^https:\/\/[^\s/]+\.[^\s/]+/.test(href) && URL.canParse(href)) || /^mailto:[^\s@]+@[^\s@]+\.[a-z]+$/i.test(href);
        if (!wellFormed) broken.push(`${href} (not a well-formed https or mailto link)`);
        continue;
      }
      if (!exists(target.path)) broken.push(`${href} (no page ${target.path})`);
      else if (target.fragment !== '' && !pages.get(target.path)?.ids.has(target.fragment)) broken.push(`${href} (no #${target.fragment} on ${target.path})`);
    }
    for (const src of page?.sources ?? []) {
      const target = resolve(path, src);
      if (target !== null && !exists(target.path)) broken.push(`${src} (missing asset)`);
    }
    expect(broken).toEqual([]);
  });
});

test('every glossary term has its anchor on the glossary page and is linked from a section', () => {
  const terms = Object.keys(parse(readFileSync(join(import.meta.dirname, '../../content/glossary/terms.yaml'), 'utf8')) as Record<string, unknown>);
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
