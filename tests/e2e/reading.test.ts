/** Reading a section in real Chromium, on a phone-sized screen. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { inView } from '../helpers/page-actions';

const site = inject('siteUrl');
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = browser.context;
});
afterAll(async () => browser?.close());

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(path, site).href);
  return page;
}

test('the home page asks the question, answers it, dates it and lists the sections', async () => {
  const page = await open('');
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Can ICE agents be held personally liable');
  await expect(page.getByRole('heading', { name: 'The short answer' }).isVisible()).resolves.toBe(true);
  await expect(page.locator('time').first().getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const links = await page.locator('ol.sections > li > a').count();
  expect(links).toBeGreaterThanOrEqual(8);
  await page.close();
});

test('a section reads completely: title, notice, contents, body, sources and next link', async () => {
  const page = await open('sections/two-routes/');
  await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await expect(page.getByRole('complementary', { name: 'Legal information, not legal advice' }).isVisible()).resolves.toBe(true);
  await expect(page.getByRole('navigation', { name: 'On this page' }).isVisible()).resolves.toBe(true);
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 }).isVisible()).resolves.toBe(true);
  const markers = await page.getByRole('button', { name: /^Source \d+/ }).count();
  expect(markers).toBeGreaterThan(3);
  await expect(page.getByRole('link', { name: /Previous/ }).isVisible()).resolves.toBe(true);
  await expect(page.getByRole('link', { name: /Next/ }).isVisible()).resolves.toBe(true);
  // Readable on a 360 px phone: nothing wider than the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.close();
});

test('a deep link to a heading lands with the heading in view', async () => {
  const probe = await open('sections/suing-the-agent/');
  const ids = await probe.locator('.prose h2[id], .prose h3[id]').evaluateAll((els) => els.map((el) => el.id));
  await probe.close();
  const last = ids.at(-1);
  expect(last).toBeTruthy();
  const page = await open(`sections/suing-the-agent/#${last}`);
  await page.waitForFunction((id) => location.hash === `#${id}`, last);
  await expect(inView(page, last ?? '')).resolves.toBe(true);
  await expect(page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(200);
  await page.close();
});

test('every h2 and h3 in a section has a keyboard-reachable "link to this section" control', async () => {
  const page = await open('sections/short-answer/');
  const headings = await page.locator('main h2, main h3').evaluateAll((els) =>
    els.map((el) => ({ id: el.id, link: el.parentElement?.querySelector(`a.heading-link[href="#${el.id}"]`)?.getAttribute('aria-label') ?? null })),
  );
  expect(headings.length).toBeGreaterThan(2);
  for (const heading of headings) {
    expect(heading.id).not.toBe('');
    expect(heading.link).toMatch(/^Link to this section: /);
  }
  await page.close();
});

test('a citation marker opens its card; the card leads to its source, and the back-link returns', async () => {
  const page = await open('sections/short-answer/');
  const marker = page.getByRole('button', { name: 'Source 1', exact: true }).first();
  await marker.click();
  const card = page.locator('.cite-card:popover-open');
  await expect(card.getByRole('link', { name: 'Open the source' }).getAttribute('href')).resolves.toMatch(/^https:\/\//);
  const toList = card.getByRole('link', { name: /^Go to source 1 / });
  const href = await toList.getAttribute('href');
  expect(href).toMatch(/^#source-/);
  await toList.click();
  await page.waitForFunction((h) => location.hash === h, href);
  const target = page.locator(`[id="${href?.slice(1)}"]`);
  await expect(target.isVisible()).resolves.toBe(true);
  await expect(inView(page, href?.slice(1) ?? '')).resolves.toBe(true);
  await expect(target.locator('a').first().getAttribute('href')).resolves.toMatch(/^https:\/\//);
  await target.getByRole('link', { name: /^Back to citation 1/ }).click();
  await page.waitForFunction(() => location.hash.startsWith('#cite-'));
  const hash = await page.evaluate(() => location.hash);
  await expect(inView(page, hash.slice(1))).resolves.toBe(true);
  await page.close();
});

test('keyboard: the skip link is first and moves focus to the content', async () => {
  const page = await open('sections/who-pays/');
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Skip to content');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#main');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(focused).toBe(true);
  await page.close();
});

test('the table of sources links each authority back to the sections citing it', async () => {
  const page = await open('sources/');
  await expect(page.getByRole('heading', { name: 'Cases', level: 2 }).isVisible()).resolves.toBe(true);
  const backLink = page.locator('#egbert-v-boule .cited a').first();
  const href = await backLink.getAttribute('href');
  expect(href).toMatch(/\/sections\/[a-z0-9-]+\/#source-egbert-v-boule$/);
  await backLink.click();
  await page.waitForFunction(() => location.hash === '#source-egbert-v-boule');
  await expect(inView(page, 'source-egbert-v-boule')).resolves.toBe(true);
  await page.close();
});

test('an unknown address shows the 404 page with a way back', async () => {
  const page = await context.newPage();
  const response = await page.goto(new URL('sections/no-such-section/', site).href);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
  await page.close();
});

test('smooth scrolling is off for readers who ask for reduced motion', async () => {
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(new URL('sections/ftca/', site).href);
  await page.focus('a.heading-link');
  await expect(page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).resolves.toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).resolves.toBe('smooth');
  await page.close();
});
