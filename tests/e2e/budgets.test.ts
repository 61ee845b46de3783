/**
 * Byte budgets, measured the way `npm run bench` measures them: what a reading
 * page fetches before the reader does anything. First set on 2026-11-28 (largest
 * reading page 14.8 kB brotli; the same section in Starlight is 49.2 kB). Raised
 * on 2026-11-29 to 28 KiB: the legal review's fixes and the citation cards took
 * the longest section (raids and lawsuits, 63 sources) to 25.3 kB, of which the
 * cards are about 7 kB. The budget still fails a page that doubles its script
 * or style, or that loads a font or image before interaction.
 * Times are never asserted; see README "Measurements".
 */
import { expect, inject, test } from 'vitest';
import { measurePages } from '../../bench/pages.mjs';
import { builtPages } from '../helpers/pages';

/** Largest section page, everything fetched before interaction, brotli. */
const READING_PAGE_BUDGET = 28 * 1024;
/** The only script a reading page runs before interaction is the search trigger. */
const JS_BEFORE_INTERACTION_BUDGET = 3.5 * 1024;

const dist = inject('distDir');
// Both editions: a Spanish page runs longer than its English original.
const sections = builtPages(dist).filter((path) => /^\/(es\/)?sections\//.test(path));

test('every reading page stays within its byte budget, and its only script is the search trigger', async () => {
  const results = await measurePages(dist, sections);
  for (const page of results) {
    expect(page.total.brotli, `${page.path} total brotli bytes`).toBeLessThanOrEqual(READING_PAGE_BUDGET);
    expect(page.js.raw, `${page.path} JS before interaction`).toBeLessThanOrEqual(JS_BEFORE_INTERACTION_BUDGET);
    expect(page.scripts.every((src) => /SiteHeader\.astro_astro_type_script/.test(src)), `${page.path} loads ${page.scripts.join(', ')}`).toBe(true);
    expect(page.scripts.some((src) => /pagefind|search-(ui|dialog)/.test(src))).toBe(false);
  }
});
