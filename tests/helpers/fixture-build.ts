import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const projectRoot = join(import.meta.dirname, '../..');
const fixturesDir = join(projectRoot, 'tests/fixtures/content-errors');
// Inside the project, so packages resolve from its node_modules without a link.
const buildsDir = join(projectRoot, 'tests/fixtures/.build');

/** Lays `overlay` over `target`; a file named `x.delete` removes `x`. */
function overlay(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) {
      mkdirSync(target, { recursive: true });
      overlay(source, target);
    } else if (name.endsWith('.delete')) {
      rmSync(target.slice(0, -'.delete'.length), { force: true });
    } else {
      cpSync(source, target);
    }
  }
}

/**
 * Makes a throwaway project from the real config and code plus the `_valid`
 * content with the named fixture laid over it, and returns its root.
 */
export function prepareFixture(name: string): string {
  const root = join(buildsDir, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(projectRoot, file), join(root, file));
  for (const dir of ['src', 'public']) symlinkSync(join(projectRoot, dir), join(root, dir), 'dir');
  cpSync(join(fixturesDir, '_valid/content'), join(root, 'content'), { recursive: true });
  if (name !== '_valid') {
    const own = join(fixturesDir, name, 'content');
    if (!existsSync(own)) throw new Error(`Fixture ${name} has no content/ folder`);
    overlay(own, join(root, 'content'));
  }
  return root;
}

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/** Runs `astro build` on a project root, as a reader of the README would. */
export async function astroBuild(root: string): Promise<BuildResult> {
  const bin = join(projectRoot, 'node_modules/.bin');
  const env = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const strip = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
  try {
    const { stdout, stderr } = await run(join(bin, 'astro'), ['build', '--root', root], { env, cwd: root, maxBuffer: 32 * 1024 * 1024 });
    return { ok: true, output: strip(stdout + stderr) };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: strip(`${failure.stdout ?? ''}${failure.stderr ?? ''}`) };
  }
}

/** A path relative to a fixture root, as messages print it. */
export const inFixture = (root: string, path: string) => relative(root, join(root, path));
