/**
 * What the content checks rely on in the built site: every id the layout puts
 * on a section page, search dialog open, is in the reserved list the heading
 * check uses (src/lib/page-ids.ts); hostile search parameters and fragments run
 * nothing; and dist/ publishes no source map, build path or secret.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isReservedId } from '../../src/lib/page-ids';
import { launchBrowser } from '../helpers/browser';
import { searchFromKeyboard } from '../helpers/page-actions';

const site = inject('siteUrl');
const dist = inject('distDir');
const root = join(import.meta.dirname, '../..');

let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test('every id a section page uses outside its text, search dialog open, is reserved from headings', async () => {
  const page = await browser.context.newPage();
  await page.goto(new URL('sections/two-routes/', site).href);
  await searchFromKeyboard(page, 'FTCA');
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('[id]')].filter((element) => element.closest('.prose') === null).map((element) => element.id),
  );
  expect(ids.length).toBeGreaterThan(3);
  expect(ids.filter((id) => !isReservedId(id))).toEqual([]);
  await page.close();
});

describe('hostile search parameters and fragments run nothing', () => {
  test.each([
    ['sections/two-routes/?highlight=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['sections/two-routes/?highlight=(a%2B)%2B%24%5B'],
    ['sections/two-routes/#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['sections/two-routes/#sources%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ])('%s', async (path) => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(new URL(path, site).href, { waitUntil: 'networkidle' });
    expect(problems).toEqual([]);
    await expect(page.locator('article img[src="x"], article script').count()).resolves.toBe(0);
    await page.close();
  });
});

test('dist/ publishes no source map, build path or secret', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dist);
  expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  const secrets = Object.entries(process.env).filter(([key, value]) => /token|secret|password|api_?key/i.test(key) && (value?.length ?? 0) >= 8);
  const leaks: string[] = [];
  for (const file of files.filter((path) => /\.(html|js|css|json|xml|txt)$/.test(path))) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('sourceMappingURL')) leaks.push(`${file}: source map reference`);
    if (text.includes(root)) leaks.push(`${file}: the build's path`);
    for (const [key, value] of secrets) if (value && text.includes(value)) leaks.push(`${file}: the value of ${key}`);
  }
  expect(leaks).toEqual([]);
});
