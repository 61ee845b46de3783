/**
 * A translation made from an older English file still builds: the Spanish page
 * says it may be out of date, gives the day the English changed and links to
 * the English page, and the translations page lists it as behind. A translation
 * made from the English file as it is now says nothing of the kind. One fixture
 * (tests/fixtures/content-errors/translation-behind, over _valid) holds both:
 * "second" was reworded in English after its translation was made, and gained
 * a heading and a source; "first" (translated in _valid) was not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { translationHash } from '../../src/lib/translations';
import { astroBuild, prepareFixture, projectRoot, type BuildResult } from '../helpers/fixture-build';

let root: string;
let result: BuildResult;

beforeAll(async () => {
  root = prepareFixture('translation-behind');
  result = await astroBuild(root);
});

const page = (path: string): Root => fromHtml(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));
function find(tree: Root, match: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (match(node)) found.push(node);
  });
  return found;
}
const isBehindNotice = (node: Element) => node.tagName === 'p' && Array.isArray(node.properties['className']) && node.properties['className'].includes('behind');
const valid = (file: string) => readFileSync(join(projectRoot, 'tests/fixtures/content-errors/_valid/content/sections', file), 'utf8');
const fixture = (file: string) => readFileSync(join(root, 'content', file), 'utf8');

test('the fixture is what it says: one translation made from the English as it was, one from the English as it is', () => {
  const from = (file: string) => /^translatedFrom: "([0-9a-f]{12})"$/m.exec(fixture(file))?.[1];
  expect(from('es/sections/second.mdx')).toBe(translationHash(valid('second.mdx')));
  expect(from('es/sections/second.mdx')).not.toBe(translationHash(fixture('sections/second.mdx')));
  expect(from('es/sections/first.mdx')).toBe(translationHash(fixture('sections/first.mdx')));
});

test('a translation behind its English original does not stop the build, even when the English gained a heading and a source', () => {
  expect(result.ok, result.output).toBe(true);
  expect(fixture('sections/second.mdx')).toContain('[@usc-28-2680]');
  expect(fixture('es/sections/second.mdx')).not.toContain('usc-28-2680');
  // The Spanish page keeps its own, older citations until it is brought up to date.
  const sources = find(page('es/sections/second'), (node) => node.tagName === 'li' && String(node.properties['id'] ?? '').startsWith('source-'));
  expect(sources.map((li) => li.properties['id'])).toEqual(['source-usc-28-2679']);
});

describe('the Spanish page of a section reworded in English after it was translated', () => {
  test('says it may be out of date, with the day the English changed and a link to the English page', () => {
    const [notice, ...more] = find(page('es/sections/second'), isBehindNotice);
    expect(more).toEqual([]);
    expect(notice).toBeDefined();
    const text = toString(notice as Element).replace(/\s+/g, ' ');
    expect(text).toContain('Esta traducción puede estar desactualizada.');
    // The English file's lastReviewed (2026-11-29), not the translation's (2026-11-28).
    expect(text).toContain('La página en inglés cambió el 29 de noviembre de 2026');
    const links = find(notice as Root & Element, (node) => node.tagName === 'a');
    expect(links.map((a) => [a.properties['href'], a.properties['hrefLang']])).toEqual([['/sections/second/', 'en']]);
  });

  test('is listed as behind on the translations page, in both languages', () => {
    for (const path of ['es/translations', 'translations']) {
      const rows = find(page(path), (node) => node.tagName === 'tr' && node.properties['dataStatus'] !== undefined);
      const status = Object.fromEntries(
        rows.map((row) => [find(row as Root & Element, (node) => node.tagName === 'a')[0]?.properties['href'], row.properties['dataStatus']]),
      );
      expect(status, path).toEqual({ '/es/sections/first/': 'current', '/es/sections/second/': 'behind' });
    }
    expect(toString(page('es/translations'))).toContain('Atrasada respecto al inglés');
    expect(toString(page('translations'))).toContain('Behind the English');
  });
});

test('a translation made from the English as it is now shows no notice', () => {
  expect(find(page('es/sections/first'), isBehindNotice)).toEqual([]);
  expect(toString(page('es/sections/first'))).not.toContain('desactualizada');
});
