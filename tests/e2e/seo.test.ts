/** Sharing and search-engine basics on every built page, from the HTML in dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { expect, inject, test } from 'vitest';
import { builtPages } from '../helpers/pages';

const dist = inject('distDir');
const site = inject('siteUrl');
const pages = builtPages(dist).filter((path) => path !== '/404.html');

function head(path: string) {
  const tree = fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  const meta = new Map<string, string>();
  let title = '';
  let canonical = '';
  const jsonLd: Array<{ '@type'?: string }> = [];
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    if (node.tagName === 'title') title = node.children.map((c) => ('value' in c ? c.value : '')).join('');
    if (node.tagName === 'meta') meta.set(String(p['name'] ?? p['property'] ?? ''), String(p['content'] ?? ''));
    if (node.tagName === 'link' && Array.isArray(p['rel']) && p['rel'].includes('canonical')) canonical = String(p['href']);
    if (node.tagName === 'script' && p['type'] === 'application/ld+json') jsonLd.push(JSON.parse(node.children.map((c) => ('value' in c ? c.value : '')).join('')));
  });
  return { title, meta, canonical, jsonLd };
}

test('every page has its own title and description', () => {
  const heads = pages.map(head);
  expect(new Set(heads.map((h) => h.title)).size).toBe(pages.length);
  expect(new Set(heads.map((h) => h.meta.get('description'))).size).toBe(pages.length);
  for (const h of heads) expect((h.meta.get('description') ?? '').length).toBeGreaterThan(20);
});

test.each(pages)('%s has a canonical URL, Open Graph and Twitter tags, and JSON-LD', (path) => {
  const h = head(path);
  expect(h.canonical).toBe(new URL(path.slice(1), 'http://127.0.0.1:4321/').href);
  for (const name of ['og:title', 'og:description', 'og:url', 'og:type', 'twitter:card', 'twitter:title']) expect(h.meta.get(name), name).toBeTruthy();
  expect(h.meta.get('referrer')).toBe('no-referrer');
  const types = h.jsonLd.map((item) => item['@type']);
  expect(types).toContain('BreadcrumbList');
  if (path.startsWith('/sections/')) expect(types).toContain('Article');
});

test('a sitemap lists every section in both languages, each with its other-language alternate, and robots.txt points to it', () => {
  expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  for (const path of pages.filter((p) => p.startsWith('/sections/'))) {
    expect(sitemap).toContain(`${path}</loc>`);
    expect(sitemap).toContain(`/es${path}</loc>`);
    expect(sitemap).toMatch(new RegExp(`<xhtml:link rel="alternate" hreflang="es" href="https?://[^"/]+/es${path}"/>`));
    expect(sitemap).toMatch(new RegExp(`<xhtml:link rel="alternate" hreflang="en" href="https?://[^"/]+${path}"/>`));
  }
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  expect(existsSync(join(dist, 'favicon.svg'))).toBe(true);
  expect(site).toMatch(/^http:\/\/127\.0\.0\.1:/);
});
