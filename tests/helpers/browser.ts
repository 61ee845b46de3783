import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './find-browser';

/** A fresh headless profile in the browser `findBrowser` picks; `close()` also removes the profile. */
export async function launchBrowser(
  options: { colorScheme?: 'light' | 'dark'; width?: number; javaScriptEnabled?: boolean; hasTouch?: boolean; touch?: boolean } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const browser = await findBrowser();
  const profile = mkdtempSync(join(tmpdir(), 'le-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.executablePath,
    env: { ...process.env, ...browser.env },
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    hasTouch: options.hasTouch ?? false,
    viewport: { width: options.width ?? 390, height: 844 },
    // A phone: touch input, so CSS sees (pointer: coarse) and (hover: none).
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    args: BROWSER_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
