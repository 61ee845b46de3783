/**
 * The Spanish edition against the English one, from the built pages: every page
 * has its counterpart in the other language, says its language, links to that
 * counterpart (and search engines to both), and a Spanish section carries the
 * same law as the English (sources, citations, status markers, deadline boxes,
 * anchors). Chromium only where a script or a rendered page is the point: the
 * language link keeping the reader's place, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { visit } from 'unist-util-visit';
import { DEFAULT_LANG, LANGS, OG_LOCALES, localizePath, splitLangPath, type Lang } from '../../src/i18n/languages';
import { translationStatus } from '../../src/lib/translations';
import { launchBrowser } from '../helpers/browser';
import { builtPages } from '../helpers/pages';

const site = inject('siteUrl');
const dist = inject('distDir');
const root = join(import.meta.dirname, '../..');
/** One page for every address a host cannot find; it speaks both languages and has no counterpart. */
const NOT_FOUND = '/404.html';
const pages = builtPages(dist).filter((path) => path !== NOT_FOUND);
const english = pages.filter((path) => splitLangPath(path).lang === 'en');
const spanish = pages.filter((path) => splitLangPath(path).lang === 'es');
const englishSlugs = readdirSync(join(root, 'content/sections'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.slice(0, -'.mdx'.length))
  .sort();

const parsed = new Map<string, Root>();
function tree(path: string): Root {
  let found = parsed.get(path);
  if (found === undefined) {
    found = fromHtml(readFileSync(path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path), 'utf8'));
    parsed.set(path, found);
  }
  return found;
}

const classes = (node: Element): string[] => (Array.isArray(node.properties['className']) ? node.properties['className'].map(String) : []);
const attr = (node: Element, name: string): string | undefined => {
  const value = node.properties[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

/** Every element under `from` that `match` accepts, in document order. */
function all(from: Root | Element, match: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(from, 'element', (node) => {
    if (match(node)) found.push(node);
  });
  return found;
}
function one(from: Root | Element, match: (node: Element) => boolean, what: string): Element {
  const [first, ...rest] = all(from, match);
  if (first === undefined || rest.length > 0) throw new Error(`expected one ${what}, found ${rest.length + (first ? 1 : 0)}`);
  return first;
}

/** The page's counterpart in the other language. */
function counterpart(path: string): { lang: Lang; path: string } {
  const { lang, path: rest } = splitLangPath(path);
  const other = LANGS.find((l) => l !== lang) ?? DEFAULT_LANG;
  return { lang: other, path: localizePath(other, rest) };
}

test('both editions have the pages to compare', () => {
  expect(english.length).toBeGreaterThanOrEqual(englishSlugs.length + 5);
  expect(spanish.length).toBe(english.length);
  for (const slug of englishSlugs) expect(spanish).toContain(`/es/sections/${slug}/`);
});

describe.each(pages)('%s', (path) => {
  const { lang } = splitLangPath(path);
  const other = counterpart(path);

  test('has its counterpart in the other language', () => {
    expect(pages).toContain(other.path);
  });

  test('says its language, and links to the counterpart for readers and search engines', () => {
    const page = tree(path);
    expect(attr(one(page, (n) => n.tagName === 'html', '<html>'), 'lang')).toBe(lang);

    const link = one(page, (n) => n.tagName === 'a' && n.properties['dataLangSwitch'] !== undefined, 'language link');
    expect(attr(link, 'href')).toBe(other.path);
    expect(attr(link, 'hrefLang')).toBe(other.lang);
    expect(attr(link, 'lang')).toBe(other.lang);

    const alternates = Object.fromEntries(
      all(page, (n) => n.tagName === 'link' && attr(n, 'rel') === 'alternate' && attr(n, 'hrefLang') !== undefined).map((n) => [
        attr(n, 'hrefLang'),
        new URL(attr(n, 'href') ?? '').pathname,
      ]),
    );
    const en = lang === 'en' ? path : other.path;
    const es = lang === 'es' ? path : other.path;
    expect(alternates).toEqual({ en, es, 'x-default': en });

    const meta = (property: string) => all(page, (n) => n.tagName === 'meta' && attr(n, 'property') === property).map((n) => attr(n, 'content'));
    expect(meta('og:locale')).toEqual([OG_LOCALES[lang]]);
    expect(meta('og:locale:alternate')).toEqual([OG_LOCALES[other.lang]]);
  });
});

test('the one "not found" page speaks both languages and claims no counterpart', () => {
  const page = tree(NOT_FOUND);
  expect(attr(one(page, (n) => n.tagName === 'html', '<html>'), 'lang')).toBe('en');
  const spanishPart = one(page, (n) => n.tagName === 'section' && attr(n, 'lang') === 'es', 'Spanish part');
  expect(all(spanishPart, (n) => n.tagName === 'a').map((a) => attr(a, 'href'))).toContain('/es/');
  expect(all(page, (n) => n.tagName === 'link' && attr(n, 'hrefLang') !== undefined)).toEqual([]);
  expect(all(page, (n) => n.tagName === 'a' && n.properties['dataLangSwitch'] !== undefined)).toEqual([]);
});

/** What a section must keep across languages, read from its built page. */
function lawOf(path: string) {
  const page = tree(path);
  const article = one(page, (n) => n.tagName === 'article' && classes(n).includes('section'), 'section article');
  const prose = one(article, (n) => n.tagName === 'div' && classes(n).includes('prose'), 'prose');
  const sourceList = one(article, (n) => n.tagName === 'section' && classes(n).includes('source-list'), 'source list');
  return {
    sources: all(sourceList, (n) => n.tagName === 'li' && (attr(n, 'id') ?? '').startsWith('source-'))
      .map((n) => attr(n, 'id'))
      .sort(),
    citations: all(prose, (n) => n.tagName === 'button' && classes(n).includes('cite-marker'))
      .map((n) => attr(n, 'popoverTarget'))
      .sort(),
    statuses: all(prose, (n) => n.tagName === 'span' && classes(n).includes('status')).map((n) => classes(n).find((c) => c.startsWith('status-'))),
    deadlineBoxes: all(prose, (n) => n.tagName === 'aside' && classes(n).includes('deadlines')).length,
    timelines: all(prose, (n) => n.tagName === 'figure' && classes(n).includes('timeline')).length,
    anchors: all(prose, (n) => /^h[2-6]$/.test(n.tagName)).map((n) => attr(n, 'id')),
  };
}

describe.each(englishSlugs)('the Spanish "%s" carries the same law as the English', (slug) => {
  test('same sources, citations, status markers, deadline boxes, pictures and heading anchors', () => {
    const en = lawOf(`/sections/${slug}/`);
    const es = lawOf(`/es/sections/${slug}/`);
    expect(en.sources.length, 'the English lists its sources').toBeGreaterThan(0);
    expect(es.sources, 'source list entries').toEqual(en.sources);
    expect(es.citations, 'citation markers (by source)').toEqual(en.citations);
    expect(es.statuses, 'status markers, in order').toEqual(en.statuses);
    expect(es.deadlineBoxes, 'deadline boxes').toBe(en.deadlineBoxes);
    expect(es.timelines, 'deadline pictures').toBe(en.timelines);
    // A shared link to a part works in both languages.
    expect(es.anchors, 'heading anchors').toEqual(en.anchors);
  });
});

describe('the translations page', () => {
  test('every translation was made from the English file as it is now', () => {
    const dir = join(root, 'content/es/sections');
    const behind = readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .filter((name) => {
        const from = /^translatedFrom:\s*"?([0-9a-f]{12})"?\s*$/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '';
        return translationStatus(readFileSync(join(root, 'content/sections', name), 'utf8'), from) !== 'current';
      });
    expect(behind, 'run `npm run translations:hash` and bring these translations up to date').toEqual([]);
  });

  test.each(['/translations/', '/es/translations/'])('%s lists every section, each current, linked to its Spanish page', (path) => {
    const page = tree(path);
    const rows = all(page, (n) => n.tagName === 'tr' && attr(n, 'dataStatus') !== undefined);
    const linked = rows.map((row) => attr(one(row, (n) => n.tagName === 'a', 'row link'), 'href'));
    expect([...linked].sort()).toEqual(englishSlugs.map((slug) => `/es/sections/${slug}/`).sort());
    expect(rows.map((row) => attr(row, 'dataStatus'))).toEqual(rows.map(() => 'current'));
    const count = toString(one(page, (n) => n.tagName === 'strong' && /\d+ \/ \d+/.test(toString(n)), 'count'));
    expect(count).toMatch(new RegExp(`: ${englishSlugs.length} / ${englishSlugs.length}$`));
  });
});

describe('in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  test.each([
    ['a part opened by its address', '/es/sections/filing-an-ftca-claim/#deadlines', 'deadlines', '/sections/filing-an-ftca-claim/'],
    ['a part opened by its address, from English', '/sections/qualified-immunity/#the-test-clearly-established-law', 'the-test-clearly-established-law', '/es/sections/qualified-immunity/'],
  ])('the language link keeps %s: %s', async (_label, from, part, to) => {
    const page = await browser.context.newPage();
    await page.goto(new URL(from.slice(1), site).href);
    await page.waitForFunction((id) => (document.getElementById(id)?.getBoundingClientRect().top ?? 999) < 96, part);
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL((url) => url.pathname === to);
    expect(new URL(page.url()).hash).toBe(`#${part}`);
    await page.close();
  });

  test('the language link keeps the part the reader scrolled to, after scrolling back up to reach it', async () => {
    const page = await browser.context.newPage();
    await page.goto(new URL('sections/filing-an-ftca-claim/', site).href);
    // Read down to "Deadlines", past its heading, then back to the top where the link is.
    await page.evaluate(() => document.getElementById('deadlines')?.scrollIntoView());
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(200);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL((url) => url.pathname === '/es/sections/filing-an-ftca-claim/');
    expect(new URL(page.url()).hash).toBe('#deadlines');
    await page.close();
  });

  test.each([
    ['home', 'es/'],
    ['a section', 'es/sections/filing-an-ftca-claim/'],
    ['search, with results', 'es/search/?q=plazo'],
    ['not found', 'es/no-existe/'],
    ['translations', 'es/translations/'],
    ['sources', 'es/sources/'],
  ])('axe finds nothing on a Spanish page: %s', async (_label, path) => {
    const page = await browser.context.newPage();
    await page.goto(new URL(path, site).href, { waitUntil: 'networkidle' });
    if (path.includes('?q=')) await page.waitForSelector('.search-result');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});
