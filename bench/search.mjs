// Search measurements: index size on disk, bytes for the first query, and query latency in Chromium.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { READER_QUERIES } from '../tests/e2e/reader-queries.ts';
import { searchFromKeyboard } from '../tests/helpers/page-actions.ts';
import { launch } from './browser.mjs';
import { serveStatic } from '../tests/helpers/static-server.ts';


function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, brotli: brotliCompressSync(buffer).length });
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export async function measureSearch(dist) {
  const pagefindDir = join(dist, 'pagefind');
  // Pagefind also writes its prebuilt UIs; this site uses its own, so they are not counted.
  const unused = /pagefind-(ui|modular-ui|component-ui)\./;
  const files = walk(pagefindDir).filter((path) => !unused.test(path));
  const indexBytes = files.reduce((sum, path) => sum + statSync(path).size, 0);

  const site = await serveStatic(dist);
  const { browser } = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}sections/ftca/`, { waitUntil: 'networkidle' });
    const fetched = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await searchFromKeyboard(page, 'Bivens');
    await page.waitForLoadState('networkidle');
    const firstQuery = fetched.reduce(
      (total, path) => {
        const s = sizes(readFileSync(join(dist, path)));
        return { raw: total.raw + s.raw, gzip: total.gzip + s.gzip, brotli: total.brotli + s.brotli, files: total.files + 1 };
      },
      { raw: 0, gzip: 0, brotli: 0, files: 0 },
    );

    // Latency of search + loading each result's data, warm, over the reader query table.
    const timings = await page.evaluate(
      `(async (queries) => {
        const pagefind = await import('/pagefind/pagefind.js');
        const out = [];
        for (let round = 0; round < 3; round++) {
          for (const q of queries) {
            const start = performance.now();
            const search = await pagefind.search(q);
            await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
            if (round > 0) out.push(performance.now() - start);
          }
        }
        return out;
      })(${JSON.stringify(READER_QUERIES.map((q) => q.query))})`,
    );
    return {
      indexBytes,
      indexFiles: files.length,
      firstQuery,
      queries: READER_QUERIES.length,
      latencyMs: { median: percentile(timings, 50), p95: percentile(timings, 95) },
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => site.server.close(resolve));
  }
}
