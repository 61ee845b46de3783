/** The public corrections log: the page, the feed every page links to, and the "Updated" line on changed sections. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { expect, inject, test } from 'vitest';
import { latestChanges, withIds } from '../../src/lib/changes';
import { readChanges } from '../../src/loaders/changes';
import { builtPages } from '../helpers/pages';

const dist = inject('distDir');
const root = join(import.meta.dirname, '../..');
const log = withIds(readChanges(readFileSync(join(root, 'content/changes.yaml'), 'utf8')).items);
const html = (path: string) => readFileSync(join(dist, path.endsWith('.html') ? path : join(path, 'index.html')), 'utf8');

test('every page links the corrections feed in its own language from its head', () => {
  for (const path of builtPages(dist)) {
    const feeds: string[] = [];
    visit(fromHtml(html(path)), 'element', (node: Element) => {
      const rel = node.properties['rel'];
      if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('alternate') && node.properties['type'] === 'application/rss+xml') feeds.push(String(node.properties['href']));
    });
    expect(feeds, path).toEqual([path.startsWith('/es/') ? '/es/corrections.xml' : '/corrections.xml']);
  }
});

test('the Spanish feed has the same entries, in Spanish, linking to the Spanish log', () => {
  const xml = readFileSync(join(dist, 'es/corrections.xml'), 'utf8');
  expect(xml.match(/<item>/g)).toHaveLength(log.length);
  expect(xml).toContain('/es/corrections/#');
  expect(xml).not.toMatch(/<link>[^<]*:\/\/[^/<]+\/corrections\//);
});

test('the feed is RSS with one item per log entry, newest first, each linking to its entry', () => {
  const xml = readFileSync(join(dist, 'corrections.xml'), 'utf8');
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
  const links = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1]);
  const newestFirst = [...log].sort((a, b) => b.date.getTime() - a.date.getTime() || b.line - a.line);
  expect(links.map((link) => link?.split('#')[1])).toEqual(newestFirst.map((entry) => entry.id));
});

test('the corrections page lists every entry under its id, with what changed and why', () => {
  const page = fromHtml(html('/corrections/'));
  const items = new Map<string, string>();
  visit(page, 'element', (node: Element) => {
    if (node.tagName === 'li' && typeof node.properties['id'] === 'string') items.set(node.properties['id'], toString(node));
  });
  for (const entry of log) {
    expect(items.get(entry.id), entry.id).toContain(entry.what);
    expect(items.get(entry.id)).toContain(`Why: ${entry.why}`);
  }
});

test('each changed section says when it was updated and what changed, linking to the entry', () => {
  for (const slug of new Set(log.map((entry) => entry.section))) {
    const latest = latestChanges(log, slug);
    const newest = latest?.entries.at(-1);
    const text = toString(fromHtml(html(`/sections/${slug}/`)));
    expect(text).toContain(`Updated ${latest?.date.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}: ${newest?.what}`);
    expect(html(`/sections/${slug}/`)).toContain(`href="/corrections/#${newest?.id}"`);
  }
});
