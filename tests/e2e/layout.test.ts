/**
 * Layout in Chromium: nothing scrolls sideways on a small phone or with large
 * text; the contents fold on phones and stay in view on wide screens; tables,
 * the FTCA timeline, print from a dark-mode device and the dark highlight read.
 */
import AxeBuilder from '@axe-core/playwright';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { rehypeTableRegions } from '../../src/plugins/rehype-table-regions';
import { launchBrowser } from '../helpers/browser';
import { builtPages } from '../helpers/pages';

const site = inject('siteUrl');
const pages = builtPages(inject('distDir'));
let light: Awaited<ReturnType<typeof launchBrowser>>;
let dark: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  [light, dark] = await Promise.all([launchBrowser(), launchBrowser({ colorScheme: 'dark' })]);
});
afterAll(async () => Promise.all([light?.close(), dark?.close()]));

async function open(path: string, width: number, height = 800, browser = light): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(new URL(path.replace(/^\//, ''), site).href);
  return page;
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('nothing scrolls sideways', () => {
  test.each(pages)('%s at 320 px, and at 320 px with text at 200%%', async (path) => {
    const page = await open(path, 320);
    expect(await overflow(page), 'at 320 px').toBeLessThanOrEqual(0);
    // The reader's own font size setting: rem-based text doubles, the layout must wrap.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await overflow(page), 'at 200% text').toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('contents', () => {
  test('on a phone: folded, with its count; main parts numbered in order, sub-parts nested without numbers', async () => {
    const page = await open('sections/filing-an-ftca-claim/', 360);
    const nav = page.getByRole('navigation', { name: 'On this page' });
    const summary = nav.locator('summary');
    await expect(summary.isVisible()).resolves.toBe(true);
    await expect(nav.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    const mainParts = await nav.locator('#contents > li').count();
    await expect(summary.textContent()).resolves.toMatch(new RegExp(`^\\s*On this page\\s*\\(${mainParts}\\)\\s*$`));
    const h2s = await page.locator('.prose h2').count();
    expect(mainParts).toBe(h2s + 1); // and "Sources"
    const h3s = await page.locator('.prose h3').count();
    await expect(nav.locator('#contents > li > ul > li').count()).resolves.toBe(h3s);
    await summary.click();
    await expect(nav.locator('#contents').isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('on a phone: a "Back to contents" link after each main part lands on the list, open', async () => {
    const page = await open('sections/suing-the-agent/', 360);
    const links = page.getByRole('link', { name: 'Back to contents' });
    await expect(links.count()).resolves.toBe(await page.locator('.prose h2').count());
    await links.last().click();
    await page.waitForFunction(() => location.hash === '#contents');
    await expect(page.locator('#contents').isVisible()).resolves.toBe(true);
    const top = await page.locator('#contents').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800);
    await page.close();
  });

  test('at 1280 px: beside the text, open, and still in view far down the page', async () => {
    const page = await open('sections/suing-the-agent/', 1280, 900);
    const nav = page.getByRole('navigation', { name: 'On this page' });
    await expect(nav.locator('summary').isVisible()).resolves.toBe(false);
    const side = nav.locator('.toc-side');
    await expect(side.isVisible()).resolves.toBe(true);
    const text = await page.locator('.prose').boundingBox();
    const toc = await nav.boundingBox();
    expect((toc?.x ?? 0)).toBeGreaterThanOrEqual((text?.x ?? 0) + (text?.width ?? 0));
    await expect(page.getByRole('link', { name: 'Back to contents' }).first().isVisible()).resolves.toBe(false);
    await page.evaluate(() => window.scrollTo(0, 4000));
    await page.waitForFunction(() => window.scrollY >= 3900);
    const after = await nav.evaluate((el) => el.getBoundingClientRect().top);
    expect(after).toBeGreaterThanOrEqual(0);
    expect(after).toBeLessThan(100);
    await page.close();
  });
});

describe('tables', () => {
  const markdown = [
    '## Who, what, where, when',
    '',
    '| Who | Claim | Court | Deadline | Realistic? |',
    '| --- | --- | --- | --- | --- |',
    '| The ICE officer personally | A constitutional (Bivens) claim | Federal court | Borrowed from state law | Rarely allowed |',
    '| The United States | A claim under the Federal Tort Claims Act | Federal district court, after the agency claim | 2 years to reach the agency; 6 months after a mailed denial | The usual route |',
  ].join('\n');
  // The site's own plugins, in the site's order, so the markup is what a section would have.
  const tableHtml = async () =>
    String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeHeadingIds).use(rehypeTableRegions).use(rehypeStringify).process(markdown));

  test.each([
    ['light', 360],
    ['dark', 360],
    ['light', 1280],
  ] as const)('an at-a-glance table reads in %s at %i px: no sideways scroll, labelled cells, keyboard-scrollable, axe-clean', async (scheme, width) => {
    const page = await open('sections/who-can-be-sued/', width, 800, scheme === 'dark' ? dark : light);
    const html = await tableHtml();
    await page.evaluate((markup) => document.querySelector('.prose')?.insertAdjacentHTML('afterbegin', markup), html);
    const region = page.getByRole('region', { name: 'Who, what, where, when' });
    await expect(region.isVisible()).resolves.toBe(true);
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const firstCell = page.locator('.table-scroll td').nth(3);
    if (width < 640) {
      await expect(firstCell.evaluate((td) => getComputedStyle(td, '::before').content)).resolves.toContain('Deadline');
      await expect(firstCell.evaluate((td) => getComputedStyle(td).display)).resolves.toBe('block');
    } else {
      await expect(firstCell.evaluate((td) => getComputedStyle(td).display)).resolves.toBe('table-cell');
    }
    const results = await new AxeBuilder({ page }).include('.table-scroll').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });

  test.each(pages.filter((path) => path.startsWith('/sections/')))('%s: any real table fits a 360 px screen', async (path) => {
    const page = await open(path, 360);
    const tables = await page.locator('.prose table').count();
    if (tables > 0) {
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await expect(page.locator('.prose table').first().evaluate((t) => t.closest('.table-scroll') !== null)).resolves.toBe(true);
    }
    await page.close();
  });
});

describe('the FTCA timeline', () => {
  test('is named and described, shows both warnings, and links to the cited steps it pictures', async () => {
    const page = await open('sections/filing-an-ftca-claim/', 360);
    const picture = page.getByRole('img', { name: /The clock for a claim against the U\.S\. government/ });
    await expect(picture.isVisible()).resolves.toBe(true);
    const description = await picture.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
    expect(description).toMatch(/2 years.*6 months.*denial.*6 months of the mailing/s);
    expect(description).toMatch(/shorter deadlines.*does not pause/s);
    expect(description).toMatch(/day the denial is mailed/);
    // It follows the deadlines box, inside the "Deadlines" part.
    await expect(page.locator('aside.deadlines + figure.timeline').count()).resolves.toBe(1);
    const link = page.locator('figure.timeline figcaption a');
    const href = await link.getAttribute('href');
    const list = page.locator(`[id="${href?.slice(1)}"]`).locator('xpath=ancestor-or-self::*[contains(@class,"heading")][1]/following-sibling::ol[1]');
    await expect(list.textContent()).resolves.toMatch(/two years.*six months.*six months to sue/s);
    await page.close();
  });

  test.each([
    ['dark screen', dark, 'screen'],
    ['print from a dark-mode device', dark, 'print'],
  ] as const)('its words contrast with the page on a %s', async (_, browserName, media) => {
    const page = await (browserName === dark ? dark : light).context.newPage();
    await page.emulateMedia({ media, colorScheme: 'dark' });
    await page.goto(new URL('sections/filing-an-ftca-claim/', site).href);
    const ratios = await page.evaluate(() => {
      const lum = (color: string) => {
        const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      const ratio = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
      const bg = getComputedStyle(document.documentElement).backgroundColor;
      const warnBg = getComputedStyle(document.querySelector('.timeline .tl-warning') as Element).fill;
      return {
        page: bg,
        text: [...document.querySelectorAll('.timeline text')].map((t) => ratio(getComputedStyle(t).fill, t.classList.contains('tl-warning-text') ? warnBg : bg)),
      };
    });
    for (const r of ratios.text) expect(r).toBeGreaterThanOrEqual(4.5);
    if (media === 'print') expect(ratios.page).toBe('rgb(255, 255, 255)');
    await page.close();
  });
});

describe('colours', () => {
  test('printing from a device in dark mode uses the light palette', async () => {
    const page = await dark.context.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto(new URL('sections/who-can-be-sued/', site).href);
    const colours = await page.evaluate(() => ({
      page: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.body).color,
      brand: getComputedStyle(document.querySelector('.brand') as Element).color,
      notice: getComputedStyle(document.querySelector('.notice') as Element).backgroundColor,
      deadlines: getComputedStyle(document.querySelector('.deadlines') as Element).backgroundColor,
    }));
    expect(colours).toEqual({ page: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', brand: 'rgb(27, 29, 33)', notice: 'rgb(255, 246, 220)', deadlines: 'rgb(255, 246, 220)' });
    await page.close();
  });

  test('a deep-linked source stays readable in dark mode (axe colour contrast)', async () => {
    const page = await dark.context.newPage();
    await page.goto(new URL('sections/filing-an-ftca-claim/#source-usc-28-2676', site).href);
    await page.waitForFunction(() => location.hash === '#source-usc-28-2676');
    const results = await new AxeBuilder({ page }).include('#source-usc-28-2676').withRules(['color-contrast']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.failureSummary))).toEqual([]);
    await expect(page.locator('#source-usc-28-2676').evaluate((li) => getComputedStyle(li).backgroundColor)).resolves.toBe('rgb(82, 66, 0)');
    await page.close();
  });
});

describe('trust pages', () => {
  test('About says what the site is, that it is not legal advice, and links the corrections log', async () => {
    const page = await open('about/', 360);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('About this site');
    await expect(page.getByRole('heading', { name: 'Not legal advice' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('main a[href="/corrections/"]').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  test('with no reporting address configured, "Report a problem" says how to report, with no dead link', async () => {
    const page = await open('', 360);
    await page.getByRole('link', { name: 'Report a problem' }).click();
    await page.waitForURL(/\/about\/#report-a-problem$/);
    const part = page.locator('section[aria-labelledby="report-a-problem"]');
    await expect(part.textContent()).resolves.toMatch(/has no address for reports yet/);
    await expect(part.locator('a').count()).resolves.toBe(1); // the heading's own anchor
    await page.close();
  });
});
