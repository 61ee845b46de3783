/**
 * Stops the test run at once, with one line that says what to do, when no
 * browser can be found or started (see find-browser.ts). Runs first in
 * `npm test` and as a Vitest globalSetup, so `vitest run` alone stops too.
 * On first use it also unpacks the bundled Chromium, once, before workers start.
 */
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser, type FoundBrowser } from './find-browser.ts';

export async function requireBrowser(): Promise<FoundBrowser> {
  let browser: FoundBrowser;
  try {
    browser = await findBrowser();
  } catch (error) {
    return stop(error instanceof Error ? error.message : String(error));
  }
  try {
    const started = await chromium.launch({ executablePath: browser.executablePath, env: { ...process.env, ...browser.env }, args: BROWSER_ARGS, timeout: 30_000 });
    await started.close();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
    return stop(`The browser at ${browser.executablePath} (${browser.source}) did not start (${reason.trim()}): set CHROMIUM_PATH to a working Chrome or Chromium.`);
  }
  return browser;
}

function stop(line: string): never {
  console.error(line);
  process.exit(1);
}

export default async function setup(): Promise<void> {
  await requireBrowser();
}

if (import.meta.main) {
  const browser = await requireBrowser();
  if (process.env['CI'] || process.env['BROWSER_VERBOSE']) console.log(`Browser for the tests: ${browser.executablePath} (${browser.source})`);
}
