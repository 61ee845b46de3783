/**
 * Anchor stability: every section URL and heading anchor in the committed
 * manifest (content/published-anchors.json) still resolves in the built site,
 * directly, through a section's anchorAliases, or through a redirect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { readPage } from '../helpers/html';
import { builtPages } from '../helpers/pages';

const dist = inject('distDir');
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/published-anchors.json'), 'utf8')) as Record<string, string[]>;
const built = new Set(builtPages(dist));

/** Follows an Astro redirect page (<meta http-equiv="refresh">) to its target path. */
function landing(path: string): string {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const target = /http-equiv="refresh" content="\d+;url=([^"]+)"/.exec(html)?.[1];
  return target === undefined ? path : new URL(target, 'https://x.invalid').pathname;
}

test('the manifest lists the published sections', () => {
  expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(19);
});

test.each(Object.entries(manifest))('%s keeps its URL and every anchor', (path, anchors) => {
  expect(built.has(path), `${path} no longer exists: add a redirect in astro.config.mjs (see README)`).toBe(true);
  const page = readPage(dist, landing(path));
  const missing = anchors.filter((id) => !page.ids.has(id));
  expect(missing, `anchors gone from ${path}: add them to the section's anchorAliases (see README)`).toEqual([]);
});
