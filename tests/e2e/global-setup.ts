import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../helpers/static-server';

const root = join(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
    /** The same site built for a sub-folder, to prove it deploys anywhere. */
    baseSiteUrl: string;
    baseDistDir: string;
  }
}

/** The sub-folder the second build is served from. */
export const TEST_BASE = '/explainer/';

/**
 * Builds the real site with `npm run build` (as a reader of the README would)
 * and again for the sub-folder /explainer/, then serves each on 127.0.0.1.
 */
export default async function setup(project: TestProject) {
  const dist = join(root, 'dist');
  const baseDist = join(root, 'dist-base');
  const build = (env: Record<string, string>) =>
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (process.env['E2E_SKIP_BUILD'] !== '1' || !existsSync(dist)) build({});
  if (process.env['E2E_SKIP_BUILD'] !== '1' || !existsSync(baseDist)) build({ BASE_PATH: TEST_BASE, OUT_DIR: 'dist-base' });
  for (const dir of [dist, baseDist]) {
    if (!readdirSync(dir).includes('index.html')) throw new Error(`The build produced no ${dir}/index.html`);
  }
  const main = await serveStatic(dist);
  const sub = await serveStatic(baseDist, TEST_BASE);
  project.provide('siteUrl', main.url);
  project.provide('distDir', dist);
  project.provide('baseSiteUrl', sub.url);
  project.provide('baseDistDir', baseDist);
  return async () => {
    await Promise.all([main, sub].map(({ server }) => new Promise((resolve) => server.close(resolve))));
  };
}
