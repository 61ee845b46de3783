/** Search in real Chromium against the built site and its Pagefind index. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { inView, searchFromKeyboard } from '../helpers/page-actions';
import { READER_QUERIES } from './reader-queries';

const site = inject('siteUrl');
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Runs a query on the /search/ page and returns the result URLs (paths) in rank order. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, site).href);
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return status !== '' && status !== 'Searching…';
  });
  return page.locator('.search-result-title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('reading pages load no search code or index until the reader opens search', async () => {
  const page = await browser.context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(new URL('sections/two-routes/', site).href, { waitUntil: 'networkidle' });
  expect(requested.filter((path) => path.includes('/pagefind/') || /search-(ui|dialog)/.test(path))).toEqual([]);
  await page.keyboard.press('/');
  await page.locator('dialog[open] input[type="search"]').fill('FTCA');
  await page.waitForSelector('dialog[open] .search-result');
  expect(requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await page.close();
});

test('keyboard only: "/" opens search, arrows reach a heading result, Enter lands on that heading', async () => {
  const page = await browser.context.newPage();
  await page.goto(new URL('sections/short-answer/', site).href);
  await searchFromKeyboard(page, 'deadline', 'dialog[open] .search-subresults a');
  // Down to the first result, then on to its first heading link.
  let href: string | null = null;
  for (let i = 0; i < 6 && !(href ?? '').includes('#'); i++) {
    await page.keyboard.press('ArrowDown');
    href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
  }
  expect(href).toMatch(/\?highlight=deadline#[a-z0-9-]+$/);
  await page.keyboard.press('Enter');
  const anchor = (href ?? '').split('#')[1] ?? '';
  await page.waitForURL((url) => url.hash === `#${anchor}`);
  await expect(inView(page, anchor)).resolves.toBe(true);
  await page.close();
});

test('Ctrl+K opens search; Esc closes it and gives focus back', async () => {
  const page = await browser.context.newPage();
  await page.goto(new URL('sections/who-pays/', site).href);
  await page.keyboard.press('Control+k');
  await page.waitForSelector('dialog[open]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.search-dialog:not([open])', { state: 'attached' });
  await page.close();
});

test('the Search link in the header opens the modal; without JavaScript it is the search page', async () => {
  const page = await browser.context.newPage();
  await page.goto(new URL('sections/who-pays/', site).href);
  await page.getByRole('link', { name: /^Search/ }).click();
  await page.waitForSelector('dialog[open] input[type="search"]');
  await page.close();
  const noJs = await launchBrowser({ javaScriptEnabled: false });
  const plain = await noJs.context.newPage();
  await plain.goto(new URL('sections/who-pays/', site).href);
  await plain.getByRole('link', { name: /^Search/ }).click();
  await plain.waitForURL(/\/search\/$/);
  // Playwright's text and role engines skip <noscript>; CSS finds the rendered message.
  const message = plain.locator('#search-page noscript p');
  await expect(message.textContent()).resolves.toContain('Search needs JavaScript');
  await expect(message.boundingBox().then((box) => (box?.height ?? 0) > 0)).resolves.toBe(true);
  await expect(plain.locator('#search-page noscript a').first().getAttribute('href')).resolves.toMatch(/#sections$/);
  await noJs.close();
});

test('a ?q= URL restores its search, and typing keeps the URL in step', async () => {
  const page = await browser.context.newPage();
  const results = await resultsFor(page, 'Bivens');
  expect(results.length).toBeGreaterThan(0);
  await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('Bivens');
  await page.locator('#search-page-input').fill('Westfall Act');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Westfall Act');
  await page.close();
});

test('the searched words are highlighted on the page a result opens', async () => {
  const page = await browser.context.newPage();
  await page.goto(new URL('sections/two-routes/?highlight=Westfall', site).href);
  await page.waitForSelector('mark.search-highlight');
  await expect(page.locator('mark.search-highlight').first().textContent()).resolves.toMatch(/Westfall/i);
  await page.close();
});

describe('hostile input is shown as text, raises no error and runs no script', () => {
  test.each([
    ['an HTML injection', '<img src=x onerror=alert(1)>'],
    ['a script tag', '<script>alert(1)</script>'],
    ['a 5,000-character query', 'ftca '.repeat(1000)],
    ['punctuation only', '?!.,;:()[]{}'],
    ['quotes and an apostrophe', `"'\``],
  ])('%s', async (_label, query) => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(new URL('search/', site).href);
    await page.locator('#search-page-input').fill(query);
    await page.waitForTimeout(600);
    expect(problems).toEqual([]);
    await expect(page.locator('#search-page img, #search-page script').count()).resolves.toBe(0);
    await page.close();
  });
});

describe('legal spellings find the same results', () => {
  test.each([
    [['§ 1983', 'section 1983', '1983', '§1983', '42 U.S.C. § 1983']],
    [['SF-95', 'SF 95', 'Standard Form 95', 'sf95']],
  ])('%j', async (queries) => {
    const page = await browser.context.newPage();
    const [first, ...rest] = queries;
    const expected = await resultsFor(page, first ?? '');
    expect(expected.length).toBeGreaterThan(0);
    for (const query of rest) expect(await resultsFor(page, query), query).toEqual(expected);
    await page.close();
  });
});

describe('reader queries reach the right section in the top 3', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
  });
  test('there are at least 25', () => expect(READER_QUERIES.length).toBeGreaterThanOrEqual(25));
  test.each(READER_QUERIES)('"$query" → $expect', async ({ query, expect: slug }) => {
    const results = await resultsFor(page, query);
    expect(results.slice(0, 3), `top results for "${query}": ${results.join(', ')}`).toContain(new URL(`sections/${slug}/`, site).pathname);
  });
});

test('filters narrow results by topic and are kept in the URL', async () => {
  const page = await browser.context.newPage();
  await resultsFor(page, 'immunity');
  const all = await page.locator('.search-result').count();
  await page.locator('#search-page-filter-topic').selectOption({ label: 'Criminal liability' });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('topic') === 'Criminal liability');
  await page.waitForFunction((before) => document.querySelectorAll('.search-result').length < before, all);
  const urls = await page.locator('.search-result-title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(urls).toContain(new URL('sections/criminal-liability/', site).pathname);
  await page.close();
});

describe.each(['light', 'dark'] as const)('the open search modal, %s scheme', (colorScheme) => {
  test('has no axe violations', async () => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const themed = await launchBrowser({ colorScheme });
    const page = await themed.context.newPage();
    await page.goto(new URL('sections/ftca/', site).href);
    await searchFromKeyboard(page, 'Bivens', 'dialog[open] .search-subresults a');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await themed.close();
  });
});
