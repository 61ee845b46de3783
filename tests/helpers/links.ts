import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, type PageFacts } from './html';
import { builtPages } from './pages';

/** The built pages of a site, parsed, with a resolver for its links. */
export function siteLinks(dist: string, siteUrl: string) {
  const site = new URL(siteUrl);
  const base = site.pathname;
  const pages = new Map<string, PageFacts>(builtPages(dist).map((path) => [path, readPage(dist, path)]));

  /** Resolves an href on page `from` to a site path and fragment, or null for outside links. */
  const resolve = (from: string, href: string): { path: string; fragment: string } | null => {
    const url = new URL(href, new URL(from.slice(1), site));
    if (url.origin !== site.origin) return null;
    if (!url.pathname.startsWith(base)) return { path: `(outside the base path) ${url.pathname}`, fragment: '' };
    return { path: `/${url.pathname.slice(base.length)}`, fragment: decodeURIComponent(url.hash.slice(1)) };
  };
  const exists = (path: string) => pages.has(path) || (!path.endsWith('/') && existsSync(join(dist, path)));

  /** Every broken internal link or asset on one page, and outside links that are not well-formed https, mailto or tel. */
  const brokenOn = (path: string): string[] => {
    const page = pages.get(path);
    const broken: string[] = [];
    for (const { href } of page?.links ?? []) {
      const target = resolve(path, href);
      if (target === null) {
        const wellFormed =
          (/^https:\/\/[^\s/]+\.[^\s/]+/.test(href) && URL.canParse(href)) || /^mailto:[^\s@]+@[^\s@]+\.[a-z]+$/i.test(href) || /^tel:\+\d{7,15}$/.test(href);
        if (!wellFormed) broken.push(`${href} (not a well-formed https, mailto or tel link)`);
      } else if (!exists(target.path)) broken.push(`${href} (no page ${target.path})`);
      else if (target.fragment !== '' && !pages.get(target.path)?.ids.has(target.fragment)) broken.push(`${href} (no #${target.fragment} on ${target.path})`);
    }
    for (const src of page?.sources ?? []) {
      const target = resolve(path, src);
      if (target !== null && !exists(target.path)) broken.push(`${src} (missing asset)`);
    }
    return broken;
  };
  return { pages, resolve, brokenOn };
}
