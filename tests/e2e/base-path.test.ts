/**
 * Deploy anywhere: the same site built for the sub-folder /explainer/ (as on
 * GitHub Pages) keeps every link inside it, searches, and lands deep links.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { siteLinks } from '../helpers/links';
import { inView, searchFromKeyboard } from '../helpers/page-actions';

const site = inject('baseSiteUrl');
const { pages, brokenOn } = siteLinks(inject('baseDistDir'), site);
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each([...pages.keys()])('/explainer%s', (path) => {
  test('every link stays inside /explainer/ and resolves', () => {
    expect(brokenOn(path)).toEqual([]);
  });
});

test('search works from a sub-folder and its results open pages inside it', async () => {
  const page = await browser.context.newPage();
  await page.goto(new URL('sections/ftca/', site).href);
  await searchFromKeyboard(page, 'Bivens', 'dialog[open] .search-result-title');
  const hrefs = await page.locator('dialog[open] .search-result-title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href.startsWith('/explainer/sections/')).toBe(true);
  await page.close();
});

test('a deep link into the sub-folder lands on its heading', async () => {
  const page = await browser.context.newPage();
  await page.goto(new URL('sections/filing-an-ftca-claim/#deadlines', site).href);
  await expect(inView(page, 'deadlines')).resolves.toBe(true);
  await page.close();
});
