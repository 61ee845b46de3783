// Lighthouse (mobile preset) on a page, offline, in the browser the tests use. Returns the four category scores.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from '../tests/helpers/find-browser.ts';

const LIGHTHOUSE = join(import.meta.dirname, 'starlight', 'node_modules', '.bin', 'lighthouse');

const run = promisify(execFile);

/** Async on purpose: the site is served from this same process, so blocking would stall it. */
export async function lighthouse(url) {
  const dir = mkdtempSync(join(tmpdir(), 'le-lighthouse-'));
  const out = join(dir, 'report.json');
  const browser = await findBrowser();
  try {
    await run(
      LIGHTHOUSE,
      [url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run'],
      { env: { ...process.env, ...browser.env, CHROME_PATH: browser.executablePath }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
    return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lighthouse `runs` times on a page (the score moves a little between runs): the median of each category, and every run. */
export async function lighthouseMedian(url, runs = 3) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouse(url));
  const median = (key) => {
    const sorted = all.map((run) => run[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  return { performance: median('performance'), accessibility: median('accessibility'), bestPractices: median('bestPractices'), seo: median('seo'), runs: all };
}
