/**
 * Citation markers open a card in place (Popover API): keyboard, mouse and touch
 * open and close it, focus comes back to the marker, the card stays on a 360 px
 * screen without covering the marker's line, every marker has a 24 × 24 px hit
 * area, and nothing leaves the origin or breaks the CSP. Also "Cite this section".
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';

const site = inject('siteUrl');
const origin = new URL(site).origin;
const SECTION = 'sections/suing-the-agent/';

/** A page that records requests to other origins and console errors (a CSP violation is one). */
async function open(context: BrowserContext, path: string): Promise<{ page: Page; outside: string[]; problems: string[] }> {
  const page = await context.newPage();
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
  await page.goto(new URL(path, site).href, { waitUntil: 'networkidle' });
  return { page, outside, problems };
}

/** The card a marker opens. */
async function cardOf(marker: Locator): Promise<Locator> {
  const id = await marker.getAttribute('popovertarget');
  expect(id).toMatch(/^card-[a-z0-9-]+$/);
  return marker.page().locator(`[id="${id}"]`);
}

const isOpen = (card: Locator) => card.evaluate((el) => el.matches(':popover-open'));
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('on a phone (360 px)', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser({ width: 360, hasTouch: true });
  });
  afterAll(async () => browser?.close());

  test('markers keep their accessible names and open one card per source', async () => {
    const { page } = await open(browser.context, SECTION);
    const markers = page.getByRole('button', { name: /^Source \d+/ });
    expect(await markers.count()).toBeGreaterThan(10);
    const targets = await page.locator('button.cite-marker').evaluateAll((els) => els.map((el) => [el.getAttribute('aria-label'), el.getAttribute('popovertarget')]));
    // Every marker for the same source number opens the same card, and each source has exactly one card.
    const bySource = new Map<string, Set<string>>();
    for (const [label, target] of targets) {
      const number = /^Source (\d+)/.exec(label ?? '')?.[1] ?? '';
      bySource.set(number, (bySource.get(number) ?? new Set()).add(target ?? ''));
    }
    for (const cards of bySource.values()) expect(cards.size).toBe(1);
    await expect(page.locator('.cite-card').count()).resolves.toBe(bySource.size);
    await expect(page.locator('.source-list > ol > li').count()).resolves.toBe(bySource.size);
    await page.close();
  });

  test('touch: a tap opens the card beside the marker, a tap outside closes it', async () => {
    const { page, outside, problems } = await open(browser.context, SECTION);
    const marker = page.locator('button.cite-marker').nth(5);
    // Put the marker in the middle of the screen, as a reader would have it.
    await marker.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 300));
    const card = await cardOf(marker);
    await marker.tap();
    await expect.poll(() => isOpen(card)).toBe(true);
    // The card shows the full citation, the kind of source, and both links.
    await expect(card.locator('.cite-card-citation').textContent()).resolves.toMatch(/\S/);
    await expect(card.locator('.cite-card-kind').textContent()).resolves.toMatch(/^Source \d+ · /);
    await expect(card.getByRole('link', { name: 'Open the source' }).getAttribute('href')).resolves.toMatch(/^https:\/\//);
    await expect(card.getByRole('link', { name: /^Go to source \d+ in the list of sources$/ }).getAttribute('href')).resolves.toMatch(/^#source-/);
    // On screen, and clear of the marker's own line.
    const box = await card.boundingBox();
    const at = await marker.boundingBox();
    expect(box && at).toBeTruthy();
    if (box && at) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
      const clear = box.y >= at.y + at.height || box.y + box.height <= at.y;
      expect(clear, `card ${JSON.stringify(box)} covers marker ${JSON.stringify(at)}`).toBe(true);
    }
    // The page did not jump away.
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.touchscreen.tap(20, 20);
    await expect.poll(() => isOpen(card)).toBe(false);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(scrolled);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a marker near the bottom of the screen opens its card above its line', async () => {
    const { page } = await open(browser.context, SECTION);
    const marker = page.locator('button.cite-marker').nth(8);
    await marker.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - (window.innerHeight - 60)));
    const card = await cardOf(marker);
    await marker.tap();
    await expect.poll(() => isOpen(card)).toBe(true);
    const box = await card.boundingBox();
    const at = await marker.boundingBox();
    if (box && at) {
      expect(box.y + box.height).toBeLessThanOrEqual(at.y);
      expect(box.y).toBeGreaterThanOrEqual(0);
    }
    await page.close();
  });

  test('every marker has a hit area of at least 24 × 24 px', async () => {
    const { page } = await open(browser.context, SECTION);
    const small = await page.locator('button.cite-marker').evaluateAll((markers) =>
      markers.flatMap((marker) => {
        marker.scrollIntoView({ block: 'center' });
        const box = marker.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        // The corners of the 24 × 24 px square centred on the marker must all reach it.
        const corners = [
          [x - 11.5, y - 11.5],
          [x + 11.5, y - 11.5],
          [x - 11.5, y + 11.5],
          [x + 11.5, y + 11.5],
        ];
        const missed = corners.filter(([cx = 0, cy = 0]) => document.elementFromPoint(cx, cy)?.closest('button') !== marker);
        return missed.length > 0 ? [`${marker.id}: ${missed.length} corner(s) hit something else`] : [];
      }),
    );
    expect(small).toEqual([]);
    await page.close();
  });
});

describe('keyboard and mouse', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser({ width: 1280 });
  });
  afterAll(async () => browser?.close());

  test('Enter opens the card, Tab moves into it, Esc closes it and focus returns to the marker', async () => {
    const { page, outside, problems } = await open(browser.context, SECTION);
    const marker = page.locator('button.cite-marker').first();
    const id = await marker.getAttribute('id');
    const card = await cardOf(marker);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(card)).toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('.cite-card') !== null)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(card)).toBe(false);
    await expect(activeId(page)).resolves.toBe(id);
    // Space works too, and Esc with focus still on the marker closes it.
    await page.keyboard.press('Space');
    await expect.poll(() => isOpen(card)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(card)).toBe(false);
    await expect(activeId(page)).resolves.toBe(id);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a click toggles the card; its list link lands on the source, whose back-link returns to the marker', async () => {
    const { page } = await open(browser.context, SECTION);
    const marker = page.locator('button.cite-marker').nth(2);
    const id = (await marker.getAttribute('id')) ?? '';
    const card = await cardOf(marker);
    await marker.click();
    await expect.poll(() => isOpen(card)).toBe(true);
    await marker.click();
    await expect.poll(() => isOpen(card)).toBe(false);
    await marker.click();
    const toList = card.getByRole('link', { name: /^Go to source/ });
    const href = (await toList.getAttribute('href')) ?? '';
    await toList.click();
    await page.waitForFunction((h) => location.hash === h, href);
    const entry = page.locator(`[id="${href.slice(1)}"]`);
    await entry.getByRole('link', { name: new RegExp(`^Back to citation \\d+ of \\d+ of source`) }).first().click();
    await page.waitForFunction(() => location.hash.startsWith('#cite-'));
    const hash = await page.evaluate(() => location.hash.slice(1));
    expect(hash.startsWith(id.replace(/-\d+$/, ''))).toBe(true);
    await expect.poll(() => isOpen(card)).toBe(false);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('%s scheme', (colorScheme) => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser({ colorScheme, width: 360 });
  });
  afterAll(async () => browser?.close());

  test('axe finds nothing with a card open', async () => {
    const { page, problems } = await open(browser.context, SECTION);
    const marker = page.locator('button.cite-marker').first();
    await marker.click();
    await expect.poll(async () => isOpen(await cardOf(marker))).toBe(true);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

test('without JavaScript the card still opens (the Popover API needs no script)', async () => {
  const browser = await launchBrowser({ javaScriptEnabled: false });
  try {
    const page = await browser.context.newPage();
    await page.goto(new URL(SECTION, site).href);
    const marker = page.locator('button.cite-marker').first();
    const id = await marker.getAttribute('popovertarget');
    await marker.click();
    await expect(page.locator(`[id="${id}"]`).isVisible()).resolves.toBe(true);
  } finally {
    await browser.close();
  }
});

test('"Cite this section" gives a pasteable citation with the stable address and the date the law was checked', async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await open(browser.context, SECTION);
    const box = page.getByRole('region', { name: 'Cite this section' });
    const text = (await box.locator('p.cite-this-text').textContent()) ?? '';
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const date = await page.locator('.dates time').first().textContent();
    expect(text).toContain(`Liability Explained (law checked to ${date})`);
    expect(text.endsWith(`, ${canonical}`)).toBe(true);
    // One click selects the whole citation, ready to copy without a script.
    await box.locator('p.cite-this-text').click();
    await expect(page.evaluate(() => window.getSelection()?.toString())).resolves.toBe(text);
    // A short form for each part, pointing at its heading.
    await box.locator('summary').click();
    const parts = await box.locator('li').allTextContents();
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part).toMatch(new RegExp(`^.+: .+, ${canonical?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#[\\p{L}\\p{N}-]+$`, 'u'));
    await page.close();
  } finally {
    await browser.close();
  }
});
