// Search as a reader feels it, measured by the same code on our site and on Starlight:
// open search on a section page with Ctrl+K, type a query at a steady pace, and time from the
// last keystroke to the first result being on screen, on a cold page (empty cache, nothing
// loaded yet) and warm (the next queries in the same box). Also counts the bytes fetched for
// the first query, the index size on disk, and Pagefind's own query latency on our index.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { READER_QUERIES } from '../tests/e2e/reader-queries.ts';
import { normalizeQuery, searchQuery } from '../src/lib/search/query.ts';
import { launch } from './browser.mjs';
import { serveStatic } from '../tests/helpers/static-server.ts';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, brotli: brotliCompressSync(buffer).length });
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

/** Milliseconds between keystrokes: a quick typist (about 100 words a minute). */
export const TYPING_DELAY_MS = 100;
const COLD_QUERY = 'Bivens';
const WARM_QUERIES = ['FTCA', 'deadline', 'qualified immunity', 'Westfall Act', 'can ICE enter my home', 'who pays the damages'];
/** The same measure on a Spanish page, with what a Spanish-first reader types. */
export const SPANISH_QUERIES = { cold: 'Bivens', warm: ['FTCA', 'plazo', 'inmunidad calificada', 'Ley Westfall', '¿puede ICE entrar a mi casa?', 'quién paga'] };

/**
 * How each site shows search. `shown` runs in the page: true once the first result
 * for exactly this query is on screen (not a result left from the previous query).
 */
export const SEARCH_UIS = {
  ours: {
    input: 'dialog[open] input[type="search"]',
    // Result links carry the searched words (?highlight=…); earlier versions kept filler words in them.
    expected: (query, lang) => [searchQuery(query, lang), normalizeQuery(query)],
    shown: `(expected) => {
      const link = document.querySelector('dialog[open] .search-result-title');
      if (!link || link.getBoundingClientRect().height === 0) return false;
      return expected.includes(new URL(link.href).searchParams.get('highlight'));
    }`,
  },
  starlight: {
    input: 'dialog[open] .pagefind-ui__search-input',
    expected: (query) => query,
    shown: `(expected) => {
      const message = document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '';
      const link = document.querySelector('dialog[open] .pagefind-ui__result-link');
      return message.trim().endsWith('for ' + expected) && !!link && link.textContent.trim() !== '' && link.getBoundingClientRect().height > 0;
    }`,
  },
};

/** Loads the page, counts what it fetched, and sets up the in-page clock. */
async function openPage(context, url) {
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(url, { waitUntil: 'networkidle' });
  const beforeInteraction = fetched.splice(0);
  await page.evaluate(() => {
    window.__lastKey = 0;
    document.addEventListener('keydown', () => (window.__lastKey = performance.now()), true);
  });
  return { page, fetched, beforeInteraction };
}

/** Types `query` into the focused box and returns ms from the last keystroke to its results on screen. */
async function typeAndTime(page, ui, query, delay, lang = 'en') {
  await page.evaluate(
    `((shown, expected) => {
      window.__shown = new Promise((resolve) => {
        const check = () => {
          if (window.__lastKey > 0 && shown(expected)) {
            observer.disconnect();
            resolve(performance.now() - window.__lastKey);
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    })(${ui.shown}, ${JSON.stringify(ui.expected(query, lang))})`,
  );
  await page.keyboard.type(query, { delay });
  return page.evaluate(`Promise.race([window.__shown, new Promise((_, reject) => setTimeout(() => reject(new Error('no results shown within 20 s')), 20000))])`);
}

/** Sum of sizes of files fetched (paths), read from the built site on disk. */
function bytesOf(dist, paths, base = '/') {
  return paths.reduce(
    (total, path) => {
      const local = path.startsWith(base) ? path.slice(base.length - 1) : path;
      let buffer;
      try {
        buffer = readFileSync(join(dist, local.endsWith('/') ? `${local}index.html` : local));
      } catch {
        return total;
      }
      const s = sizes(buffer);
      return { raw: total.raw + s.raw, gzip: total.gzip + s.gzip, brotli: total.brotli + s.brotli, files: total.files + 1 };
    },
    { raw: 0, gzip: 0, brotli: 0, files: 0 },
  );
}

// Starlight loads Pagefind's default UI (ui-core) at idle, before the reader asks for search.
const isSearchFile = (path) => /pagefind|search|ui-core/i.test(path);

/**
 * Measures one site's modal search. Cold: `coldRuns` fresh browser profiles, each opening
 * a section page, pressing "/" and typing the query; warm: the next queries in that box.
 */
export async function measureModalSearch(dist, uiName, { coldRuns = 5, sectionPath = 'sections/ftca/', coldQuery = COLD_QUERY, warmQueries = WARM_QUERIES } = {}) {
  // The search box applies the page language's filler words to the query it highlights.
  const lang = sectionPath.startsWith('es/') ? 'es' : 'en';
  const ui = SEARCH_UIS[uiName];
  const site = await serveStatic(dist);
  const { browser } = await launch();
  const cold = [];
  const pasted = [];
  const warm = [];
  let firstQuery;
  let firstQueryFiles;
  let loadedAhead;
  try {
    for (let run = 0; run < coldRuns + 2; run++) {
      // The last two cold runs paste the query at once: the worst case, nothing can overlap typing.
      const delay = run < coldRuns ? TYPING_DELAY_MS : 0;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, fetched, beforeInteraction } = await openPage(context, `${site.url}${sectionPath}`);
      // Ctrl+K opens search on both sites (Starlight has no "/" shortcut).
      await page.keyboard.press('Control+k');
      await page.waitForSelector(`${ui.input}:focus`);
      const ms = await typeAndTime(page, ui, coldQuery, delay, lang);
      (delay === 0 ? pasted : cold).push(ms);
      if (run === 0) {
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        firstQuery = bytesOf(dist, fetched);
        firstQueryFiles = fetched.map((path) => ({ path, ...bytesOf(dist, [path]) }));
        loadedAhead = bytesOf(dist, beforeInteraction.filter(isSearchFile));
        for (let round = 0; round < 2; round++) {
          for (const query of warmQueries) {
            await page.fill(ui.input, '');
            await page.waitForTimeout(400);
            const ms = await typeAndTime(page, ui, query, TYPING_DELAY_MS, lang);
            if (round > 0) warm.push(ms);
          }
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => site.server.close(resolve));
  }
  const summary = (values) => ({ median: percentile(values, 50), min: Math.min(...values), max: Math.max(...values), runs: values.length });
  return { query: coldQuery, typingDelayMs: TYPING_DELAY_MS, coldMs: summary(cold), pastedMs: summary(pasted), warmMs: summary(warm), firstQuery, firstQueryFiles, loadedAhead };
}

/** Our index on disk, and Pagefind's own latency (search + result data) over the reader queries. */
export async function measureIndex(dist) {
  const pagefindDir = join(dist, 'pagefind');
  // Pagefind also writes its prebuilt UIs and a worker; this site uses neither, so they are not counted.
  const unused = /pagefind-(ui|modular-ui|component-ui|worker)\./;
  const files = walk(pagefindDir).filter((path) => !unused.test(path));
  const indexBytes = files.reduce((sum, path) => sum + statSync(path).size, 0);
  const site = await serveStatic(dist);
  const { browser } = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/`, { waitUntil: 'networkidle' });
    const timings = await page.evaluate(
      `(async (queries) => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.options({ noWorker: true });
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
      })(${JSON.stringify(READER_QUERIES.map((q) => searchQuery(q.query)))})`,
    );
    return { indexBytes, indexFiles: files.length, queries: READER_QUERIES.length, latencyMs: { median: percentile(timings, 50), p95: percentile(timings, 95) } };
  } finally {
    await browser.close();
    await new Promise((resolve) => site.server.close(resolve));
  }
}
