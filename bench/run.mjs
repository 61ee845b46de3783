// `npm run bench`: builds the site and prints what it measures. Numbers are reported, never asserted.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { measureSearch } from './search.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const started = performance.now();
execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildSeconds = (performance.now() - started) / 1000;
console.log(`Build (astro build + Pagefind index): ${buildSeconds.toFixed(1)} s`);

const search = await measureSearch(dist);
console.log('\nSearch');
console.log(`  index on disk:       ${kb(search.indexBytes)} in ${search.indexFiles} files (index, fragments, wasm, pagefind.js, worker)`);
console.log(`  first query ("Bivens" from a section page): ${search.firstQuery.files} files, ${kb(search.firstQuery.raw)} raw, ${kb(search.firstQuery.gzip)} gzip, ${kb(search.firstQuery.brotli)} brotli`);
console.log(`  latency over ${search.queries} reader queries (warm, search + result data): median ${search.latencyMs.median.toFixed(1)} ms, p95 ${search.latencyMs.p95.toFixed(1)} ms`);
