/**
 * Finds a Chromium-based browser for the tests and the bench, without root and
 * without downloading anything. In this order:
 *
 * 1. `CHROMIUM_PATH`, when set: that executable, and nothing else;
 * 2. an installed Chrome, Chromium or Edge in its usual place (Linux, macOS, Windows);
 * 3. the Chromium that `npm ci` brings inside `@sparticuz/chromium` (Linux x64 only),
 *    unpacked once into `node_modules/.cache/` with the libraries and fonts it needs.
 *
 * `CHROMIUM_SKIP=system` skips step 2 (`system,bundled` skips both), which is how
 * a machine with no browser installed is reproduced on one that has one.
 */
import { accessSync, constants, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { extract } from 'tar-fs';

export interface FoundBrowser {
  executablePath: string;
  /** Extra environment the browser needs (the bundled one: its libraries and fonts). */
  env: Record<string, string>;
  source: 'CHROMIUM_PATH' | 'installed' | 'bundled';
}

/** What to do when no browser is found, in one line. */
export const NO_BROWSER =
  'No browser for the tests: install Google Chrome or Chromium, or set CHROMIUM_PATH to one (on Linux x64, `npm ci` brings one; see README "Two commands").';

/** A browser problem the test run stops on, with a one-line message that says the fix. */
export class BrowserNotFound extends Error {
  override name = 'BrowserNotFound';
}

type Env = Record<string, string | undefined>;

/** Usual places of Chrome, Chromium and Edge, best first. Pure: platform and environment are passed in. */
export function installedCandidates(platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const roots = ['/Applications', ...(env['HOME'] ? [`${env['HOME']}/Applications`] : [])];
    return apps.flatMap((app) => roots.map((root) => `${root}/${app}`));
  }
  if (platform === 'win32') {
    const roots = [env['LOCALAPPDATA'], env['PROGRAMFILES'], env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)']].filter((root): root is string => Boolean(root));
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return apps.flatMap((app) => roots.map((root) => `${root}\\${app}`));
  }
  // Linux and other Unix: the usual names on PATH, then the vendors' own folders.
  const names = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'microsoft-edge-stable', 'microsoft-edge'];
  const dirs = (env['PATH'] ?? '').split(delimiter).filter((dir) => dir !== '');
  return [...names.flatMap((name) => dirs.map((dir) => join(dir, name))), '/opt/google/chrome/chrome', '/opt/chromium.org/chromium/chromium', '/opt/microsoft/msedge/msedge'];
}

function isExecutable(path: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The `bin/` folder of @sparticuz/chromium and its version, or null when it is not installed. */
function bundledPackage(): { bin: string; version: string } | null {
  try {
    const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
    const root = join(dirname(entry), '..');
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    return { bin: join(root, 'bin'), version };
  } catch {
    return null;
  }
}

async function inflate(file: string, to: string, tar: boolean): Promise<void> {
  await pipeline(createReadStream(file), createBrotliDecompress(), tar ? extract(to) : createWriteStream(to, { mode: 0o755 }));
}

/**
 * Unpacks the bundled Chromium (about 9 s, once) into a private folder and moves
 * it into place in one rename, so parallel test workers never see half a browser.
 */
async function unpackBundled(bin: string, version: string): Promise<FoundBrowser> {
  const dir = join(import.meta.dirname, '../../node_modules/.cache', `sparticuz-chromium-${version}`);
  const executablePath = join(dir, 'chromium');
  if (!existsSync(executablePath)) {
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    // NSS, NSPR and expat (lib/), which a bare Linux lacks, and a font (fonts/).
    await Promise.all([inflate(join(bin, 'chromium.br'), join(partial, 'chromium'), false), inflate(join(bin, 'al2023.tar.br'), partial, true), inflate(join(bin, 'fonts.tar.br'), partial, true)]);
    // The package's fonts.conf names serverless folders; point fontconfig at ours (and the system's, if any).
    writeFileSync(
      join(partial, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
    );
    try {
      renameSync(partial, dir);
    } catch (error) {
      // Another process unpacked it first: use theirs.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(executablePath)) throw error;
    }
  }
  const libraries = [join(dir, 'lib'), process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':');
  return { executablePath, env: { LD_LIBRARY_PATH: libraries, FONTCONFIG_PATH: dir }, source: 'bundled' };
}

/** Looks for a browser as described at the top of this file. Rejects with `BrowserNotFound` and a one-line fix. */
export async function locateBrowser(env: Env, platform: NodeJS.Platform, arch: string): Promise<FoundBrowser> {
  const explicit = env['CHROMIUM_PATH'];
  if (explicit) {
    if (isExecutable(explicit, platform)) return { executablePath: explicit, env: {}, source: 'CHROMIUM_PATH' };
    throw new BrowserNotFound(`CHROMIUM_PATH=${explicit} is not an executable browser: point it at Chrome or Chromium, or unset it to let the tests find one.`);
  }
  const skip = new Set((env['CHROMIUM_SKIP'] ?? '').split(',').map((word) => word.trim()));
  if (!skip.has('system')) {
    const installed = installedCandidates(platform, env).find((path) => isExecutable(path, platform));
    if (installed) return { executablePath: installed, env: {}, source: 'installed' };
  }
  if (!skip.has('bundled') && platform === 'linux' && arch === 'x64') {
    const bundled = bundledPackage();
    if (bundled === null) throw new BrowserNotFound('No browser for the tests and @sparticuz/chromium is missing: run `npm ci` (with dev dependencies), or set CHROMIUM_PATH.');
    return unpackBundled(bundled.bin, bundled.version);
  }
  throw new BrowserNotFound(env['CHROMIUM_SKIP'] ? `${NO_BROWSER} (CHROMIUM_SKIP=${env['CHROMIUM_SKIP']} is set.)` : NO_BROWSER);
}

let found: Promise<FoundBrowser> | undefined;

/** The browser for this machine, found once per process. */
export function findBrowser(): Promise<FoundBrowser> {
  found ??= locateBrowser(process.env, process.platform, process.arch);
  // A failed search is not cached, so a later call (after a fix) can succeed.
  found.catch(() => {
    found = undefined;
  });
  return found;
}

/** Chromium flags for a quiet, offline, headless run that works as root and in containers. */
export const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
