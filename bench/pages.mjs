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
 * What a page carries besides its own text, each part selected in the DOM. A part's
 * cost is how many brotli bytes the HTML loses without it (its marginal cost, so the
 * parts add up only roughly; "markup" takes the rest).
 */
const PARTS = {
  citations: 'sup.cite, [role="doc-noteref"], .source-list, [role="doc-endnotes"]',
  csp: 'meta[http-equiv="content-security-policy" i]',
  jsonLd: 'script[type="application/ld+json"]',
  headMeta: 'head meta[name^="og:"], head meta[property], head meta[name^="twitter:"], head meta[name="description"], head link[rel="canonical"], head link[rel="sitemap"]',
  inlineScript: 'script:not([src]):not([type="application/ld+json"])',
  inlineStyle: 'style',
};

/** In the page: the document serialised whole, without each part, and the reading text without citations. */
function serializeParts(parts) {
  const serialize = (root) => `<!DOCTYPE html>${root.outerHTML}`;
  const without = (selector) => {
    const clone = document.documentElement.cloneNode(true);
    for (const element of clone.querySelectorAll(selector)) element.remove();
    return serialize(clone);
  };
  const hidden = [...document.querySelectorAll(parts.citations)].map((element) => [element, element.style.display]);
  for (const [element] of hidden) element.style.display = 'none';
  const ownText = (document.querySelector('main') ?? document.body).innerText;
  for (const [element, display] of hidden) element.style.display = display;
  return { whole: serialize(document.documentElement), without: Object.fromEntries(Object.entries(parts).map(([name, selector]) => [name, without(selector)])), ownText };
}

/** Brotli bytes per part: own text, citations, CSP, JSON-LD, head metadata, markup, CSS and script. */
function breakdown(serialized, byType) {
  const br = (text) => brotliCompressSync(Buffer.from(text)).length;
  const whole = br(serialized.whole);
  const cost = Object.fromEntries(Object.entries(serialized.without).map(([name, html]) => [name, Math.max(0, whole - br(html))]));
  const text = br(serialized.ownText);
  const html = byType.html.brotli;
  const markup = Math.max(0, html - text - cost.citations - cost.csp - cost.jsonLd - cost.headMeta - cost.inlineScript - cost.inlineStyle);
  return { text, citations: cost.citations, csp: cost.csp, jsonLd: cost.jsonLd, headMeta: cost.headMeta, markup, css: byType.css.brotli + cost.inlineStyle, script: byType.js.brotli };
}

/**
 * Loads each page in Chromium without interacting, and sorts what it fetched
 * by type. `files(path)` maps a URL path to the file on disk.
 */
export async function measurePages(dist, paths, { base = '/', withBreakdown = false } = {}) {
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
      const serialized = withBreakdown ? await page.evaluate(serializeParts, PARTS) : null;
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
      results.push({ path, ...byType, total, textFloor: floor, ratio: total.brotli / floor.brotli, scripts, ...(serialized ? { breakdown: breakdown(serialized, byType) } : {}) });
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => site.server.close(resolve));
  }
  return results;
}
