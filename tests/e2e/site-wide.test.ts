/**
 * Checks over every built page, in both colour schemes: nothing leaves the
 * origin, no cookie is set, no console error (a CSP violation is one), no axe
 * violation; and on every page, search opens and answers a query under the
 * same rules.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { searchFromKeyboard } from '../helpers/page-actions';
import { builtPages } from '../helpers/pages';

const site = inject('siteUrl');
const pages = builtPages(inject('distDir'));
const origin = new URL(site).origin;

describe.each(['light', 'dark'] as const)('%s scheme', (colorScheme) => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser({ colorScheme });
  });
  afterAll(async () => browser?.close());

  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(11);
  });

  test.each(pages)('%s', async (path) => {
    const page = await browser.context.newPage();
    const outside: string[] = [];
    const problems: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin !== origin) {
        outside.push(url);
        return route.abort();
      }
      return route.continue();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const response = await page.goto(new URL(path.slice(1), site).href, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === '/404.html' ? 200 : 200);
    // Open search and run a query: Pagefind's script, worker and WebAssembly must pass the CSP too.
    const searchPage = path.endsWith('/search/');
    if (searchPage) {
      await page.locator('#search-page-input').fill('FTCA');
      await page.waitForSelector('.search-result');
    } else await searchFromKeyboard(page, 'FTCA');
    if (!searchPage) await page.keyboard.press('Escape');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(outside, 'requests to other origins').toEqual([]);
    expect(problems, 'console errors').toEqual([]);
    expect(violations, 'axe violations').toEqual([]);
    expect(await browser.context.cookies(), 'cookies').toEqual([]);
    await page.close();
  });
});
