/**
 * The reader's first minute, in Chromium on a 360×800 phone: where readers arrive,
 * the answer, the deadline and the three steps are on the first screen, without
 * scrolling, in both colour schemes.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';

const site = inject('siteUrl');

describe.each(['light', 'dark'] as const)('%s scheme, 360×800', (colorScheme) => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser({ colorScheme, width: 360 });
  });
  afterAll(async () => browser?.close());

  test.each([
    ['the home page', '', '.answer'],
    ['the short answer', 'sections/short-answer/', '.summary'],
  ])('%s: the answer, the deadline and the steps are visible without scrolling', async (_, path, answer) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(new URL(path, site).href);
    const box = (selector: string) => page.locator(selector).first().boundingBox();
    const block = page.getByRole('region', { name: 'What to do now' });
    await expect(block.isVisible()).resolves.toBe(true);
    const deadline = block.locator('.deadline');
    await expect(deadline.textContent()).resolves.toMatch(/reach.*2\syears.*mails a denial.*6\smonths.*shorter deadlines.*not pause/s);
    const steps = block.getByRole('listitem');
    await expect(steps.count()).resolves.toBe(3);
    for (const [name, target] of [
      ['answer', await box(answer)],
      ['deadline', await deadline.boundingBox()],
      ['last step', await steps.last().boundingBox()],
    ] as const) {
      expect(target, name).not.toBeNull();
      expect(target?.y, `${name} top`).toBeGreaterThanOrEqual(0);
      expect((target?.y ?? 0) + (target?.height ?? 0), `${name} bottom, on an 800 px screen`).toBeLessThanOrEqual(800);
    }
    // Each step and the deadline link to the detail; every marker links to its source.
    for (const link of await block.locator('li > a:first-child, .deadline > a:first-child').all()) {
      await expect(link.getAttribute('href')).resolves.toMatch(/^\/sections\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    }
    const markers = await block.locator('sup.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(markers.length).toBeGreaterThanOrEqual(5);
    for (const href of markers) expect(href).toMatch(/^\/sources\/#[a-z0-9-]+$/);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    await page.close();
  });
});
