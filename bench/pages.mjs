// Page weight: for each page, the HTML, CSS and JS it loads before the reader does anything,
// raw, gzip and brotli, and how that compares with the page's own text (the floor).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launch } from './browser.mjs';
import { serveStatic } from '../tests/helpers/static-server.ts';

const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, brotli: brotliCompressSync(buffer).length });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });

/**
 * Loads each page in Chromium without interacting, and sorts what it fetched
 * by type. `files(path)` maps a URL path to the file on disk.
 */
export async function measurePages(dist, paths, { base = '/' } = {}) {
  const site = await serveStatic(dist);
  const { browser } = await launch();
  const results = [];
  try {
    for (const path of paths) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const fetched = [];
      page.on('requestfinished', (request) => fetched.push({ path: new URL(request.url()).pathname, type: request.resourceType() }));
      await page.goto(`${site.url}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
      const text = await page.evaluate(() => document.querySelector('main')?.innerText ?? document.body.innerText);
      await page.close();
      const byType = { html: zero(), css: zero(), js: zero(), other: zero() };
      const scripts = [];
      for (const { path: url, type } of fetched) {
        const local = url.startsWith(base) ? url.slice(base.length - 1) : url;
        const file = join(dist, local.endsWith('/') ? `${local}index.html` : local);
        let buffer;
        try {
          buffer = readFileSync(file);
        } catch {
          continue;
        }
        const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
        byType[kind] = add(byType[kind], sizes(buffer));
        if (kind === 'js') scripts.push(url);
      }
      // Inline <script> in the HTML runs too; count it with the JS.
      const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
      const inline = [...html.toString().matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
      if (inline.length > 0) byType.js = add(byType.js, sizes(Buffer.from(inline)));
      const total = add(add(byType.html, byType.css), add(byType.js, byType.other));
      const floor = sizes(Buffer.from(text));
      results.push({ path, ...byType, total, textFloor: floor, ratio: total.brotli / floor.brotli, scripts });
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => site.server.close(resolve));
  }
  return results;
}
