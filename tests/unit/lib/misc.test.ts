import { describe, expect, test } from 'vitest';
import { dateParts, formatCitationDate, formatReaderDate, toIsoDay, yearOf } from '../../../src/lib/dates';
import { withBase } from '../../../src/lib/paths';
import { findImpossibleDates, findSectionConflicts, neighbours, sectionPath, sortSections } from '../../../src/lib/sections';
import { headingSlug, headingSlugs, isKebabSlug } from '../../../src/lib/slug';
import { countSentences } from '../../../src/lib/text';
import { groupByKind, sectionsBySource } from '../../../src/lib/citations/index-by-source';

describe('dates', () => {
  test.each([
    ['2025-06-12', 'June 12, 2025'],
    ['2025-09-08', 'Sept. 8, 2025'],
    ['2025-11', 'Nov. 2025'],
    ['2021', '2021'],
    ['2026-05-21', 'May 21, 2026'],
  ])('formatCitationDate(%s)', (text, expected) => expect(formatCitationDate(text)).toBe(expected));

  test('parts and year', () => {
    expect(dateParts('2025-11')).toEqual({ year: 2025, month: 11 });
    expect(yearOf('2025-11-18')).toBe(2025);
    expect(() => dateParts('soon')).toThrow('Not a date');
  });

  test('reader dates and datetime attributes use UTC days', () => {
    const day = new Date('2026-06-01T00:00:00Z');
    expect(formatReaderDate(day)).toBe('June 1, 2026');
    expect(toIsoDay(day)).toBe('2026-06-01');
  });
});

describe('paths', () => {
  test.each([
    ['/', 'sources/', '/sources/'],
    ['/explainer', 'sources/', '/explainer/sources/'],
    ['/explainer/', '/sources/', '/explainer/sources/'],
    ['/', '', '/'],
  ])('withBase(%s, %s)', (base, path, expected) => expect(withBase(base, path)).toBe(expected));

  test('sectionPath', () => {
    expect(sectionPath('two-routes')).toBe('/sections/two-routes/');
    expect(sectionPath('two-routes', '/explainer')).toBe('/explainer/sections/two-routes/');
  });
});

describe('slugs and anchors', () => {
  test.each([
    ['Who pays?', 'who-pays'],
    ['Bivens after Egbert', 'bivens-after-egbert'],
    ['§ 1983 and 287(g)', '-1983-and-287g'],
    ['The FTCA: no jury, no punitive damages', 'the-ftca-no-jury-no-punitive-damages'],
    ['2025–2026 developments', '20252026-developments'],
  ])('headingSlug(%s)', (text, expected) => expect(headingSlug(text)).toBe(expected));

  test('repeated headings get numbered ids, as in Markdown', () => {
    expect(headingSlugs(['Deadlines', 'Deadlines', 'Other'])).toEqual(['deadlines', 'deadlines-1', 'other']);
  });

  test.each([
    ['two-routes', true],
    ['usc-28-2680', true],
    ['Two-Routes', false],
    ['two--routes', false],
    ['-two', false],
    ['two_routes', false],
  ])('isKebabSlug(%s)', (text, expected) => expect(isKebabSlug(text)).toBe(expected));
});

describe('countSentences', () => {
  test.each([
    ['', 0],
    ['One sentence.', 1],
    ['One. Two.', 2],
    ['One. Two! Three?', 3],
    ['In Egbert v. Boule the Court said no. Few officers pay.', 2],
    ['Under 28 U.S.C. § 2680 and No. 23-7625 it failed.', 1],
    ['It decided e.g. this. Then that.', 2],
  ])('%s', (text, expected) => expect(countSentences(text)).toBe(expected));
});

describe('sections', () => {
  const sections = [
    { slug: 'c', title: 'C', order: 3 },
    { slug: 'a', title: 'A', order: 1 },
    { slug: 'b', title: 'B', order: 2 },
  ];

  test('sorted by order', () => {
    expect(sortSections(sections).map((s) => s.slug)).toEqual(['a', 'b', 'c']);
  });

  test.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
    ['zzz', undefined, undefined],
  ])('neighbours of %s', (slug, prev, next) => {
    const result = neighbours(sections, slug);
    expect(result.prev?.slug).toBe(prev);
    expect(result.next?.slug).toBe(next);
  });

  test('conflicting slugs and orders name both files and the fix', () => {
    expect(
      findSectionConflicts([
        { slug: 'a', order: 1, file: 'content/sections/a.mdx' },
        { slug: 'a', order: 1, file: 'content/sections/copy.mdx' },
      ]),
    ).toEqual([
      'content/sections/copy.mdx: field "slug": "a" is already the slug of content/sections/a.mdx. Slugs are permanent public URLs: give this section its own slug.',
      'content/sections/copy.mdx: field "order": 1 is already used by content/sections/a.mdx. Give each section its own order number.',
    ]);
  });
});

describe('table of authorities helpers', () => {
  test('sectionsBySource lists citing sections in reading order', () => {
    const index = sectionsBySource([
      { slug: 'b', title: 'B', order: 2, sources: ['x'] },
      { slug: 'a', title: 'A', order: 1, sources: ['x', 'y'] },
    ]);
    expect(index.get('x')?.map((s) => s.slug)).toEqual(['a', 'b']);
    expect(index.get('y')?.map((s) => s.slug)).toEqual(['a']);
  });

  test('groupByKind keeps the table order and drops empty kinds', () => {
    const groups = groupByKind([{ kind: 'news' as const }, { kind: 'case' as const }, { kind: 'case' as const }]);
    expect(groups.map((g) => [g.kind, g.items.length])).toEqual([
      ['case', 2],
      ['news', 1],
    ]);
  });
});

describe('findImpossibleDates', () => {
  const doc = (date: string) => `---\ntitle: "T"\ncurrentAsOf: ${date}\n---\nBody 2026-02-30.\n`;
  test.each([
    ['2026-02-30', ['content/sections/x.mdx: field "currentAsOf": "2026-02-30" is not a real date. Write it as YYYY-MM-DD, e.g. 2026-06-01.']],
    ['"2026-13-01"', ['content/sections/x.mdx: field "currentAsOf": "2026-13-01" is not a real date. Write it as YYYY-MM-DD, e.g. 2026-06-01.']],
    ['2026-06-01', []],
    ['2024-02-29', []],
  ])('%s', (date, expected) => {
    expect(findImpossibleDates(doc(date), 'content/sections/x.mdx')).toEqual(expected);
  });
});

test('tests run on the pinned Node (24), not the machine default', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
});
