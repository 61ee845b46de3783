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
  }
}

/** Builds the real site once with `npm run build`, then serves dist/ on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject) {
  const dist = join(root, 'dist');
  if (process.env['E2E_SKIP_BUILD'] !== '1' || !existsSync(dist)) {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  }
  if (!readdirSync(dist).includes('index.html')) throw new Error('The build produced no dist/index.html');
  const { server, url } = await serveStatic(dist);
  project.provide('siteUrl', url);
  project.provide('distDir', dist);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
  };
}
