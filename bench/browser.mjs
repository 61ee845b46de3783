// The bench's browser: the same one the tests find (tests/helpers/find-browser.ts).
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../tests/helpers/find-browser.ts';

/** Launches the browser the tests would use; `found` says which one and what it needs. */
export async function launch() {
  const found = await findBrowser();
  const browser = await chromium.launch({ executablePath: found.executablePath, env: { ...process.env, ...found.env }, args: BROWSER_ARGS });
  return { browser, found };
}
