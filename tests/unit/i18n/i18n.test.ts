import { describe, expect, test } from 'vitest';
import { langOfContentFile, langPaths, localizePath, splitLangPath } from '../../../src/i18n/languages';
import { searchStrings } from '../../../src/i18n/search';
import { formatDay, hrefIn, langFromUrl, ui } from '../../../src/i18n/ui';
import { localizedSections } from '../../../src/lib/localized';
import { isFillerWord, searchQuery } from '../../../src/lib/search/query';

/** Every leaf of a dictionary as [path, value], functions called with sample arguments. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    // Sample arguments: numbers and a pinpoint, or a list of review rows.
    let out: unknown;
    try {
      out = fn(2, 3, 4, 'at 5');
    } catch {
      out = fn(['X1', 'X2']);
    }
    return [[path, out]];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  return [[path, value]];
}

describe.each([
  ['page chrome', ui('en'), ui('es')],
  ['search box', searchStrings('en'), searchStrings('es')],
])('the %s dictionary', (_, en, es) => {
  test('Spanish has every English key, and no key English lacks', () => {
    expect(leaves(es).map(([path]) => path)).toEqual(leaves(en).map(([path]) => path));
  });
  test('no text is empty, and Spanish is not left in English', () => {
    const english = new Map(leaves(en));
    // Names and codes that are the same in both languages.
    const same = new Set(['Liability Explained', 'FTCA', 'Bivens', '§ 1983']);
    for (const [path, value] of leaves(es)) {
      expect(typeof value === 'string' && value.trim().length > 0, path).toBe(true);
      if (typeof value === 'string' && value.length > 3 && !same.has(value)) expect(value, path).not.toBe(english.get(path));
    }
  });
});

describe('paths and languages', () => {
  test.each([
    ['en', '/sections/ftca/', '/sections/ftca/'],
    ['es', '/sections/ftca/', '/es/sections/ftca/'],
    ['es', 'sources/', '/es/sources/'],
  ] as const)('localizePath(%s, %s) → %s', (lang, path, expected) => expect(localizePath(lang, path)).toBe(expected));

  test('splitLangPath undoes localizePath; other two-letter folders are English paths', () => {
    expect(splitLangPath('/es/sections/ftca/')).toEqual({ lang: 'es', path: '/sections/ftca/' });
    expect(splitLangPath('/es/')).toEqual({ lang: 'es', path: '/' });
    expect(splitLangPath('/sections/es/')).toEqual({ lang: 'en', path: '/sections/es/' });
    expect(splitLangPath('/fr/x/')).toEqual({ lang: 'en', path: '/fr/x/' });
  });

  test('a page knows its language under any base path', () => {
    expect(langFromUrl(new URL('https://x.org/explainer/es/sources/'), '/explainer/')).toBe('es');
    expect(langFromUrl(new URL('https://x.org/explainer/sources/'), '/explainer')).toBe('en');
    expect(hrefIn('/explainer/', 'es', 'sources/')).toBe('/explainer/es/sources/');
    expect(hrefIn('/', 'en')).toBe('/');
  });

  test('content files under content/es/ are Spanish', () => {
    expect(langOfContentFile('/p/content/es/sections/ftca.mdx')).toBe('es');
    expect(langOfContentFile('C:\\p\\content\\es\\sections\\ftca.mdx')).toBe('es');
    expect(langOfContentFile('/p/content/sections/ftca.mdx')).toBe('en');
  });

  test('every page exists in every language: English at the root, Spanish under es/', () => {
    expect(langPaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'en' } },
      { params: { lang: 'es' }, props: { lang: 'es' } },
    ]);
  });

  test('dates read in each language', () => {
    const day = new Date('2026-11-29T00:00:00Z');
    expect(formatDay(day, 'en')).toBe('November 29, 2026');
    expect(formatDay(day, 'es')).toBe('29 de noviembre de 2026');
  });
});

describe('localizedSections', () => {
  const sections = [
    { data: { slug: 'b', title: 'B', summary: 'b.', order: 2, sources: [{ id: 'k' }] } },
    { data: { slug: 'a', title: 'A', summary: 'a.', order: 1, sources: [{ id: 'k' }] } },
  ];
  const translations = [{ data: { slug: 'a', title: 'A es', summary: 'a es.', sources: [{ id: 'k' }] } }];
  test('a translated section is shown in the language, an untranslated one in English, in reading order', () => {
    expect(localizedSections(sections, translations, 'es').map((s) => [s.slug, s.title, s.lang])).toEqual([
      ['a', 'A es', 'es'],
      ['b', 'B', 'en'],
    ]);
    expect(localizedSections(sections, translations, 'en').map((s) => s.title)).toEqual(['A', 'B']);
  });
});

describe('Spanish search queries', () => {
  test('filler words are Spanish on Spanish pages', () => {
    expect(isFillerWord('puedo', 'es')).toBe(true);
    expect(isFillerWord('puedo', 'en')).toBe(false);
    // "qué hago si ICE toca la puerta": every word must match, and the page says "qué hacer", not "hago".
    expect(searchQuery('qué hago si ICE toca la puerta', 'es')).toBe('ICE toca puerta');
    expect(searchQuery('¿puedo demandar al agente?', 'es')).toBe('¿puedo demandar al agente?'.replace('¿puedo ', '').replace('al ', ''));
  });
  test('legal spellings normalise the same way in both languages', () => {
    expect(searchQuery('sección 1983', 'es')).toBe(searchQuery('section 1983', 'en').replace('section ', ''));
    expect(searchQuery('formulario 95', 'es')).toBe('SF-95');
    expect(searchQuery('formulario estándar 95', 'es')).toBe('SF-95');
  });
});
