// `npm run bench`: builds the site (and a Starlight copy of the same content), measures both
// the same way, and prints the results. Numbers are reported, never asserted as times in tests.
// BENCH_QUICK=1 skips the 1,000-section build and Lighthouse.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launch } from './browser.mjs';
import { lighthouseMedian } from './lighthouse.mjs';
import { measurePages } from './pages.mjs';
import { SPANISH_QUERIES, measureIndex, measureModalSearch } from './search.mjs';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { generateSite } from './synthetic.mjs';

const root = join(import.meta.dirname, '..');
const starlight = join(import.meta.dirname, 'starlight');
const quick = process.env.BENCH_QUICK === '1';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = promisify(execFile);
const kb = (bytes) => (bytes / 1024).toFixed(1);

async function timed(command, args, cwd) {
  const start = performance.now();
  await run(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  return (performance.now() - start) / 1000;
}

const log = (line = '') => console.log(line);
async function browserVersion() {
  const { browser, found } = await launch();
  const version = `Chromium ${browser.version()} (${found.source})`;
  await browser.close();
  return version;
}
const results = { date: new Date().toISOString().slice(0, 10), machine: `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}` };

// 1. Our site.
results.buildSeconds = await timed('npm', ['run', '-s', 'build'], root);
log(`Build, real site (astro build + Pagefind index): ${results.buildSeconds.toFixed(1)} s`);
const dist = join(root, 'dist');
const sections = execFileSync('ls', [join(dist, 'sections')]).toString().trim().split('\n').map((slug) => `/sections/${slug}/`);
results.pages = await measurePages(dist, ['/', ...sections, '/sources/', '/search/'], { withBreakdown: true });
log('\nPages (everything fetched before interaction; kB raw / gzip / brotli; ratio = total brotli ÷ brotli of the page text)');
log('page | HTML | CSS | JS | total | ratio');
for (const p of results.pages) {
  const cell = (s) => `${kb(s.raw)}/${kb(s.gzip)}/${kb(s.brotli)}`;
  log(`${p.path} | ${cell(p.html)} | ${cell(p.css)} | ${cell(p.js)} | ${cell(p.total)} | ${p.ratio.toFixed(2)}`);
}
log('JS before interaction on reading pages: the search trigger only (listens for "/", Ctrl/Cmd+K and the Search link).');
// The Spanish edition: the same pages under /es/, measured the same way.
results.pagesEs = await measurePages(dist, ['/es/', ...sections.map((path) => `/es${path}`), '/es/sources/', '/es/search/'], { withBreakdown: true });
log('\nSpanish pages (same measure)');
for (const p of results.pagesEs) log(`${p.path} | ${kb(p.html.brotli)} | ${kb(p.css.brotli)} | ${kb(p.js.raw)} | ${kb(p.total.brotli)} | ${p.ratio.toFixed(2)}`);

results.index = await measureIndex(dist);
const s = results.index;
log(`\nSearch index: ${kb(s.indexBytes)} kB in ${s.indexFiles} files; Pagefind latency over ${s.queries} queries: median ${s.latencyMs.median.toFixed(1)} ms, p95 ${s.latencyMs.p95.toFixed(1)} ms`);
results.search = await measureModalSearch(dist, 'ours', { coldRuns: quick ? 3 : 7 });
results.searchEs = await measureModalSearch(dist, 'ours', { coldRuns: quick ? 3 : 5, sectionPath: 'es/sections/ftca/', coldQuery: SPANISH_QUERIES.cold, warmQueries: SPANISH_QUERIES.warm });

// 2. Build scaling with synthetic sites.
results.synthetic = {};
for (const n of quick ? [100] : [100, 1000]) {
  const siteRoot = generateSite(n);
  results.synthetic[n] = await timed(join(root, 'node_modules/.bin/astro'), ['build', '--root', siteRoot], siteRoot);
  log(`Build, synthetic ${n} sections: ${results.synthetic[n].toFixed(1)} s`);
}
if (results.synthetic[1000]) {
  results.scaling = results.synthetic[1000] / results.synthetic[100];
  log(`Scaling ratio (1000 ÷ 100): ${results.scaling.toFixed(2)}`);
}

// 3. Starlight, same content, same measurements.
if (!existsSync(join(starlight, 'node_modules/.bin/astro'))) {
  log('\nInstalling the Starlight comparison (bench/starlight, dev-only)…');
  execFileSync('npm', ['ci', '--strict-allow-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: starlight, env, stdio: 'inherit' });
}
execFileSync('node', ['prepare.mjs'], { cwd: starlight, env, stdio: 'ignore' });
results.starlight = { buildSeconds: await timed(join(starlight, 'node_modules/.bin/astro'), ['build'], starlight) };
const stDist = join(starlight, 'dist');
results.starlight.pages = await measurePages(stDist, ['/', ...sections], { withBreakdown: true });
log(`\nStarlight build (same 19 sections + home): ${results.starlight.buildSeconds.toFixed(1)} s`);
results.starlight.search = await measureModalSearch(stDist, 'starlight', { coldRuns: quick ? 3 : 7 });
const searchLine = (name, r) =>
  `${name}: cold ${r.coldMs.median.toFixed(0)} ms (${r.coldMs.min.toFixed(0)}–${r.coldMs.max.toFixed(0)}, ${r.coldMs.runs} runs), pasted ${r.pastedMs.median.toFixed(0)} ms, warm ${r.warmMs.median.toFixed(0)} ms (${r.warmMs.min.toFixed(0)}–${r.warmMs.max.toFixed(0)}); first query ${kb(r.firstQuery.brotli)} kB brotli in ${r.firstQuery.files} files, plus ${kb(r.loadedAhead.brotli)} kB of search code loaded before interaction`;
log('\nSearch, last keystroke to first result on screen (Ctrl+K on /sections/ftca/, "Bivens" typed at 100 ms a key):');
log(searchLine('ours', results.search));
log(searchLine('Starlight', results.starlight.search));

// 4. Lighthouse, mobile preset, median of three runs per page.
if (!quick) {
  const ours = await serveStatic(dist);
  const theirs = await serveStatic(stDist);
  results.lighthouse = {
    ours: { home: await lighthouseMedian(ours.url), section: await lighthouseMedian(`${ours.url}sections/ftca/`), search: await lighthouseMedian(`${ours.url}search/`) },
    starlight: { home: await lighthouseMedian(theirs.url), section: await lighthouseMedian(`${theirs.url}sections/ftca/`) },
  };
  await Promise.all([ours, theirs].map(({ server }) => new Promise((resolve) => server.close(resolve))));
}

// 5. Side by side.
const bySlug = (pages) => new Map(pages.map((p) => [p.path, p]));
const o = bySlug(results.pages);
const t = bySlug(results.starlight.pages);
const rows = ['/', ...sections].map((path) => ({ path, ours: o.get(path), theirs: t.get(path) }));
const sum = (list, key) => list.reduce((acc, r) => acc + (r[key] ?? 0), 0);
const md = [];
md.push(`Measured ${results.date} on ${results.machine}, ${await browserVersion()} headless.`, '');
md.push('| page | ours: total brotli kB | Starlight: total brotli kB | ours ÷ Starlight | ours: JS kB | Starlight: JS kB |', '|---|---|---|---|---|---|');
for (const r of rows) {
  if (!r.ours || !r.theirs) continue;
  md.push(`| ${r.path} | ${kb(r.ours.total.brotli)} | ${kb(r.theirs.total.brotli)} | ${(r.ours.total.brotli / r.theirs.total.brotli).toFixed(2)} | ${kb(r.ours.js.raw)} | ${kb(r.theirs.js.raw)} |`);
}
const sectionRows = rows.filter((r) => r.path !== '/' && r.ours && r.theirs);
const worst = Math.max(...sectionRows.map((r) => r.ours.total.brotli / r.theirs.total.brotli));
results.comparison = { worstSectionRatio: worst };
md.push('', `Reading pages: at most ${(worst * 100).toFixed(0)}% of Starlight's compressed bytes for the same section (target: at most 50%).`);
md.push('', '| | ours | Starlight | ratio |', '|---|---|---|---|');
md.push(`| build, real site (s) | ${results.buildSeconds.toFixed(1)} | ${results.starlight.buildSeconds.toFixed(1)} | ${(results.buildSeconds / results.starlight.buildSeconds).toFixed(2)} |`);
md.push(`| JS on a section page before interaction (kB, raw) | ${kb(sum(sectionRows.map((r) => r.ours.js), 'raw') / sectionRows.length)} | ${kb(sum(sectionRows.map((r) => r.theirs.js), 'raw') / sectionRows.length)} | |`);
if (results.lighthouse) {
  const fmt = (l) => `${l.performance}/${l.accessibility}/${l.bestPractices}/${l.seo}`;
  md.push(`| Lighthouse home, median of 3 (perf/a11y/best/SEO) | ${fmt(results.lighthouse.ours.home)} | ${fmt(results.lighthouse.starlight.home)} | |`);
  md.push(`| Lighthouse section | ${fmt(results.lighthouse.ours.section)} | ${fmt(results.lighthouse.starlight.section)} | |`);
  md.push(`| Lighthouse search page | ${fmt(results.lighthouse.ours.search)} | n/a (Starlight searches in a modal) | |`);
}
if (results.scaling) md.push(`| build, 100 / 1000 synthetic sections (s) | ${results.synthetic[100].toFixed(1)} / ${results.synthetic[1000].toFixed(1)} (ratio ${results.scaling.toFixed(2)}) | | |`);
const os = results.search;
const ts = results.starlight.search;
const ms = (r) => `${r.median.toFixed(0)} (${r.min.toFixed(0)}–${r.max.toFixed(0)})`;
md.push(
  `| search, cold: last keystroke to first result (ms, median (range) of ${os.coldMs.runs}) | ${ms(os.coldMs)} | ${ms(ts.coldMs)} | ${(os.coldMs.median / ts.coldMs.median).toFixed(2)} |`,
  `| search, cold, query pasted at once (ms) | ${ms(os.pastedMs)} | ${ms(ts.pastedMs)} | ${(os.pastedMs.median / ts.pastedMs.median).toFixed(2)} |`,
  `| search, warm: next queries in the same box (ms, median (range) of ${os.warmMs.runs}) | ${ms(os.warmMs)} | ${ms(ts.warmMs)} | ${(os.warmMs.median / ts.warmMs.median).toFixed(2)} |`,
  `| first query: kB brotli fetched after the page loaded (files) | ${kb(os.firstQuery.brotli)} (${os.firstQuery.files}) | ${kb(ts.firstQuery.brotli)} (${ts.firstQuery.files}) | ${(os.firstQuery.brotli / ts.firstQuery.brotli).toFixed(2)} |`,
  `| search code loaded before interaction (kB brotli) | ${kb(os.loadedAhead.brotli)} | ${kb(ts.loadedAhead.brotli)} | |`,
  `| search index on disk (kB) | ${kb(s.indexBytes)} | | |`,
  `| Pagefind query latency over ${s.queries} reader queries, median / p95 (ms) | ${s.latencyMs.median.toFixed(1)} / ${s.latencyMs.p95.toFixed(1)} | | |`,
);
const es = results.searchEs;
md.push(
  '',
  'Spanish edition (ours only; Starlight has no Spanish build to compare):',
  '',
  '| measure | Spanish | English |',
  '|---|---|---|',
  `| search on /es/sections/ftca/, cold: last keystroke to first result (ms, median (range) of ${es.coldMs.runs}) | ${ms(es.coldMs)} | ${ms(os.coldMs)} |`,
  `| search, warm (ms, median (range) of ${es.warmMs.runs}; ${SPANISH_QUERIES.warm.join(', ')}) | ${ms(es.warmMs)} | ${ms(os.warmMs)} |`,
  `| first query: kB brotli fetched after the page loaded (files) | ${kb(es.firstQuery.brotli)} (${es.firstQuery.files}) | ${kb(os.firstQuery.brotli)} (${os.firstQuery.files}) |`,
);
const en = bySlug(results.pages);
md.push('', '| page (Spanish) | total brotli kB | JS kB | English page, total brotli kB |', '|---|---|---|---|');
for (const p of results.pagesEs) md.push(`| ${p.path} | ${kb(p.total.brotli)} | ${kb(p.js.raw)} | ${en.get(p.path.replace(/^\/es/, '')) ? kb(en.get(p.path.replace(/^\/es/, '')).total.brotli) : ''} |`);
md.push('', `Search: Ctrl+K on /sections/ftca/ in a fresh browser profile, "${os.query}" typed at ${os.typingDelayMs} ms a key (pasted: all at once), timed in the page from the last keydown to the first result for that query on screen; warm: ${os.warmMs.runs} later queries typed into the same box (their second pass).`);

// What each page carries above its own text, so the next cut can be chosen from data.
const parts = ['text', 'citations', 'csp', 'jsonLd', 'headMeta', 'markup', 'css', 'script'];
const breakdownTable = (title, pages) => {
  md.push('', title, '', `| page | total | ${parts.join(' | ')} |`, `|---|---|${parts.map(() => '---').join('|')}|`);
  for (const p of pages) md.push(`| ${p.path} | ${kb(p.total.brotli)} | ${parts.map((part) => kb(p.breakdown[part])).join(' | ')} |`);
};
breakdownTable('Where the bytes go, ours (kB brotli; text = the reading text without citations; each other part = what the page loses without it; markup = the rest of the HTML):', results.pages);
breakdownTable('Where the bytes go, Starlight (same measure):', results.starlight.pages);
breakdownTable('Where the bytes go, ours in Spanish (same measure):', results.pagesEs);

const out = join(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(out, 'latest.md'), `${md.join('\n')}\n`);
log(`\n${md.join('\n')}`);
log(`\nWrote bench/results/latest.json and bench/results/latest.md.`);
