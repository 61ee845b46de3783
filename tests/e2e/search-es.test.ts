/** Spanish search in real Chromium, against the built site and its Spanish Pagefind index. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { searchFromKeyboard } from '../helpers/page-actions';
import { ES_READER_QUERIES } from './reader-queries-es';

const site = inject('siteUrl');
const spanishRoot = new URL('es/', site).pathname;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Runs a query on the Spanish /es/search/ page and returns the result paths in rank order. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  await page.goto(new URL(`es/search/?q=${encodeURIComponent(query)}`, site).href);
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return status !== '' && status !== 'Buscando…';
  });
  return page.locator('.search-result-title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** A marked word without the punctuation around it: "(demandas" → "demandas". */
const bareWord = (text: string) => text.trim().toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Every result, including those behind "Show more". */
async function allResultsFor(page: Page, query: string): Promise<string[]> {
  await resultsFor(page, query);
  const more = page.locator('.search-more');
  while (await more.isVisible()) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
  }
  return page.locator('.search-result a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('Spanish reader queries reach the right Spanish section in the top 3', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
  });
  test('there are at least 20', () => expect(ES_READER_QUERIES.length).toBeGreaterThanOrEqual(20));
  const cases = ES_READER_QUERIES.map((entry) => ({ ...entry, where: entry.part === undefined ? entry.expect : `${entry.expect}#${entry.part}` }));
  test.each(cases)('"$query" → $where', async ({ query, expect: slug, part }) => {
    const results = await resultsFor(page, query);
    expect(results.filter((path) => !path.startsWith(spanishRoot)), `English pages among the results for "${query}"`).toEqual([]);
    const path = new URL(`es/sections/${slug}/`, site).pathname;
    expect(results.slice(0, 3), `top results for "${query}": ${results.join(', ')}`).toContain(path);
    if (part !== undefined) {
      const result = page.locator('.search-result').nth(results.indexOf(path));
      const parts = await result.locator('.search-subresults a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash));
      expect(parts, `headings listed under ${slug}`).toContain(`#${part}`);
    }
  });
});

describe('a Spanish page searches Spanish only', () => {
  test.each(['demanda', 'FTCA', 'Bivens', 'lawyer', 'warrant'])('"%s": every result and every part is a Spanish page', async (query) => {
    const page = await browser.context.newPage();
    const links = await allResultsFor(page, query);
    expect(links.length, query).toBeGreaterThan(0);
    expect(links.filter((path) => !path.startsWith(spanishRoot))).toEqual([]);
    await page.close();
  });

  test('the search modal on a Spanish section speaks Spanish and lists Spanish sections', async () => {
    const page = await browser.context.newPage();
    await page.goto(new URL('es/sections/ftca/', site).href);
    await searchFromKeyboard(page, 'plazo', 'dialog[open] .search-subresults a');
    await expect(page.locator('dialog[open] .search-status').textContent()).resolves.toMatch(/secci(ón|ones) encontradas?\./);
    const links = await page.locator('dialog[open] .search-result a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((path) => !path.startsWith(spanishRoot))).toEqual([]);
    await page.close();
  });

  test('"demanda" matches Spanish words, never the English "demands"', async () => {
    const page = await browser.context.newPage();
    await allResultsFor(page, 'demanda');
    const marked = (await page.locator('.search-excerpt mark').allTextContents()).map(bareWord);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((word) => !/^demand/.test(word))).toEqual([]);
    expect(marked.filter((word) => /^demands\b/.test(word))).toEqual([]);
    await page.close();
  });

  test('"abogado" is matched as a word, not on the letter "a"', async () => {
    const page = await browser.context.newPage();
    const results = await resultsFor(page, 'abogado');
    const marked = (await page.locator('.search-excerpt mark').allTextContents()).map(bareWord);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((word) => !/^abogad/.test(word))).toEqual([]);
    // The page a result opens marks the same word, and no lone letters.
    const first = await page.locator('.search-result-title').first().getAttribute('href');
    expect(results.length).toBeGreaterThan(0);
    await page.goto(new URL(first ?? '', site).href);
    await page.waitForSelector('mark.search-highlight');
    const highlighted = (await page.locator('mark.search-highlight').allTextContents()).map(bareWord);
    expect(highlighted.filter((word) => !/^abogad/.test(word))).toEqual([]);
    await page.close();
  });

  test('Spanish filler words are not highlighted', async () => {
    const page = await browser.context.newPage();
    for (const query of ['¿puedo demandar al agente?', '¿puede ICE entrar a mi casa?', 'qué hago si ICE toca la puerta', 'lo que no se sabe']) {
      await resultsFor(page, query);
      const marked = await page.locator('.search-excerpt mark').allTextContents();
      expect(marked.length, query).toBeGreaterThan(0);
      expect(marked.filter((word) => /^(a|al|de|el|la|lo|mi|no|puedo|puede|que|qué|se|si|hago)$/i.test(word.trim().replace(/[^\p{L}]/gu, ''))), query).toEqual([]);
    }
    await page.close();
  });

  test('no results: the reader gets Spanish suggestions and Spanish places to browse', async () => {
    const page = await browser.context.newPage();
    await resultsFor(page, 'xyzzyq');
    await expect(page.locator('.search-status').textContent()).resolves.toContain('Ninguna sección coincide');
    const links = await page.locator('.search-empty a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((path) => !path.startsWith(spanishRoot))).toEqual([]);
    await page.locator('.search-suggestions button', { hasText: 'plazo' }).click();
    await page.waitForSelector('.search-result');
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('plazo');
    await page.close();
  });
});
