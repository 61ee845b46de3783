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
  const cases = READER_QUERIES.map((entry) => ({ ...entry, where: entry.part === undefined ? entry.expect : `${entry.expect}#${entry.part}` }));
  test.each(cases)('"$query" → $where', async ({ query, expect: slug, part, answer }) => {
    const results = await resultsFor(page, query);
    const path = new URL(`sections/${slug}/`, site).pathname;
    expect(results.slice(0, 3), `top results for "${query}": ${results.join(', ')}`).toContain(path);
    const result = page.locator('.search-result').nth(results.indexOf(path));
    if (part !== undefined) {
      const parts = await result.locator('.search-subresults a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash));
      expect(parts, `headings listed under ${slug}`).toContain(`#${part}`);
    }
    if (answer !== undefined) await expect(result.locator('.search-excerpt').first().textContent()).resolves.toMatch(answer);
  });
});

describe('search respects the reader', () => {
  test('every result is reachable: "Show more" lists the rest, nothing is cut silently', async () => {
    const page = await browser.context.newPage();
    await resultsFor(page, 'ICE');
    const status = (await page.locator('.search-status').textContent()) ?? '';
    const total = Number(/(\d+) sections? found/.exec(status)?.[1]);
    expect(total, status).toBeGreaterThan(8);
    await expect(page.locator('.search-result').count()).resolves.toBe(8);
    const more = page.locator('.search-more');
    while (await more.isVisible()) {
      const before = await page.locator('.search-result').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
      // Focus moves to the first newly listed result, so a keyboard reader carries on from there.
      await expect(page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).resolves.toBe(true);
    }
    await expect(page.locator('.search-result').count()).resolves.toBe(total);
    await page.close();
  });

  test('filler words are not highlighted, and excerpts carry no status labels or dates line', async () => {
    const page = await browser.context.newPage();
    for (const query of ['can I sue the officer', 'can ice enter my home', 'qualified immunity', 'what is still unknown']) {
      await resultsFor(page, query);
      const marked = await page.locator('.search-excerpt mark').allTextContents();
      expect(marked.length, query).toBeGreaterThan(0);
      expect(marked.filter((word) => /^(the|it|is|can|i|my|what)$/i.test(word.trim().replace(/[^\p{L}]/gu, ''))), query).toEqual([]);
      const excerpts = (await page.locator('.search-excerpt').allTextContents()).join(' | ');
      expect(excerpts, query).not.toMatch(/Status:|Current as of|Last reviewed/);
    }
    await page.close();
  });

  test('no results: the reader gets words that work and places to browse', async () => {
    const page = await browser.context.newPage();
    await resultsFor(page, 'xyzzyq');
    await expect(page.locator('.search-status').textContent()).resolves.toContain('No sections match');
    const links = await page.locator('.search-empty a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
    expect(links).toEqual([new URL('./#sections', site).pathname + '#sections', new URL('sections/glossary/', site).pathname, new URL('sources/', site).pathname]);
    await page.locator('.search-suggestions button', { hasText: 'FTCA' }).click();
    await page.waitForSelector('.search-result');
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('FTCA');
    await page.close();
  });

  test('touch screens get no keyboard hints, and the focus ring on the box is not the error red', async () => {
    const touch = await launchBrowser({ touch: true });
    const page = await touch.context.newPage();
    await page.goto(new URL('search/', site).href);
    await page.waitForSelector('#search-page-input:focus');
    await expect(page.locator('.search-hint').isVisible()).resolves.toBe(true);
    await expect(page.locator('.search-hint-keys').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header kbd').isVisible()).resolves.toBe(false);
    await touch.close();
    const desk = await browser.context.newPage();
    await desk.goto(new URL('search/', site).href);
    await desk.waitForSelector('#search-page-input:focus');
    await expect(desk.locator('.search-hint-keys').isVisible()).resolves.toBe(true);
    await desk.keyboard.type('x');
    const [ring, red] = await desk.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--color-focus)';
      document.body.append(probe);
      return [getComputedStyle(document.activeElement as Element).outlineColor, getComputedStyle(probe).color];
    });
    expect(ring).not.toBe(red);
    await desk.close();
  });

  test('nothing overflows a 320 px screen, filters included', async () => {
    const narrow = await launchBrowser({ width: 320 });
    const page = await narrow.context.newPage();
    await resultsFor(page, 'immunity');
    await page.locator('#search-page-filter-topic').focus();
    await page.waitForFunction(() => (document.querySelector('#search-page-filter-topic') as HTMLSelectElement).options.length > 1);
    const overflow = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, filters: document.querySelector('.search-filters')?.getBoundingClientRect().right ?? 0 }));
    expect(overflow.page).toBeLessThanOrEqual(320);
    expect(overflow.filters).toBeLessThanOrEqual(320);
    await narrow.close();
  });

  test('pointing at the Search link starts loading search before it is opened', async () => {
    const page = await browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(new URL('sections/who-pays/', site).href, { waitUntil: 'networkidle' });
    expect(requested.some((path) => path.includes('/pagefind/'))).toBe(false);
    await page.hover('a[data-search-open]');
    await page.waitForRequest((request) => request.url().includes('/pagefind/wasm.'));
    await page.close();
  });
});

describe('filters accept only values that exist in the index', () => {
  test('a made-up topic in the URL is neither shown nor applied', async () => {
    const page = await browser.context.newPage();
    const plain = await resultsFor(page, 'lawyer');
    const hostile = 'URGENT: ICE deadline changed — call +1-555-0100';
    await page.goto(new URL(`search/?q=lawyer&topic=${encodeURIComponent(hostile)}&cites=${encodeURIComponent('Call now')}`, site).href);
    await page.waitForFunction(() => / found\.$/.test(document.querySelector('.search-status')?.textContent ?? ''));
    const urls = await page.locator('.search-result-title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls).toEqual(plain);
    await expect(page.locator('body').innerText()).resolves.not.toMatch(/URGENT|555-0100|Call now/);
    await expect(page.locator('#search-page-filter-topic').inputValue()).resolves.toBe('');
    const options = await page.locator('#search-page-filter-topic option, #search-page-filter-cites option').allTextContents();
    expect(options.filter((text) => /URGENT|Call now/.test(text))).toEqual([]);
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('topic') && !new URL(location.href).searchParams.has('cites'));
    await page.close();
  });

  test('a topic that exists is shown and applied', async () => {
    const page = await browser.context.newPage();
    await page.goto(new URL(`search/?q=immunity&topic=${encodeURIComponent('Criminal liability')}`, site).href);
    await page.waitForFunction(() => / found\.$/.test(document.querySelector('.search-status')?.textContent ?? ''));
    await expect(page.locator('#search-page-filter-topic').inputValue()).resolves.toBe('Criminal liability');
    const urls = await page.locator('.search-result-title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(urls).toContain(new URL('sections/criminal-liability/', site).pathname);
    await page.close();
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
