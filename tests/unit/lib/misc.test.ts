import { describe, expect, test } from 'vitest';
import { dateParts, formatCitationDate, formatReaderDate, toIsoDay, yearOf } from '../../../src/lib/dates';
import { prefixBase, withBase } from '../../../src/lib/paths';
import { findAliasCollisions, findEmptyBodies, findFutureDates, findSectionConflicts, neighbours, sectionPath, sortSections } from '../../../src/lib/sections';
import { findFirstPhrase, readGlossary } from '../../../src/lib/glossary';
import { jsonLd, pageTitle, structuredData } from '../../../src/lib/seo';
import { join } from 'node:path';
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
    ['Tiene dos años. ¿Qué hago ahora? ¡Guarde todo! Él puede ayudar.', 4],
    ['Lea esto. «Una cita.» Otra frase.', 3],
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

test('tests run on the pinned Node (24), not the machine default', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
});

describe('cross-section checks', () => {
  test('empty bodies', () => {
    expect(findEmptyBodies([{ file: 'a.mdx', body: '\n  \n' }, { file: 'b.mdx', body: 'Text' }])).toEqual([
      'a.mdx: the body is empty. Write the section below the frontmatter, or remove the file.',
    ]);
  });

  test('dates in the future, compared by day', () => {
    const today = new Date('2026-11-28T15:00:00Z');
    const sections = [
      { file: 'ok.mdx', currentAsOf: new Date('2026-06-01'), lastReviewed: new Date('2026-11-28') },
      { file: 'late.mdx', currentAsOf: new Date('2026-11-29'), lastReviewed: new Date('2026-11-29') },
    ];
    expect(findFutureDates(sections, today)).toEqual([
      'late.mdx: field "currentAsOf": 2026-11-29 is in the future (today is 2026-11-28). Use the date the section was actually checked.',
      'late.mdx: field "lastReviewed": 2026-11-29 is in the future (today is 2026-11-28). Use the date the section was actually checked.',
    ]);
  });

  test('an alias belongs to one section, ignoring case and spacing', () => {
    expect(
      findAliasCollisions([
        { file: 'a.mdx', aliases: ['Judgment Fund', 'OPLA'] },
        { file: 'b.mdx', aliases: ['judgment  fund'] },
        { file: 'c.mdx', aliases: ['OPLA '] },
      ]),
    ).toEqual([
      'b.mdx: field "aliases": "judgment  fund" is already an alias of a.mdx. Keep each alias on the one section that treats the topic.',
      'c.mdx: field "aliases": "OPLA " is already an alias of a.mdx. Keep each alias on the one section that treats the topic.',
    ]);
  });
});

describe('glossary helpers', () => {
  test.each([
    ['The FTCA applies.', ['FTCA'], { start: 4, end: 8 }],
    ["The FTCA's rule.", ['FTCA'], { start: 4, end: 8 }],
    ['FTCAX only.', ['FTCA'], null],
    ['pre-FTCA text', ['FTCA'], null],
    ['See I-205 and I-200.', ['I-200', 'I-205'], { start: 4, end: 9 }],
  ])('findFirstPhrase(%j)', (text, phrases, expected) => expect(findFirstPhrase(text, phrases)).toEqual(expected));

  test('the real glossary file reads, and each key is its heading id', () => {
    const terms = readGlossary(join(import.meta.dirname, '../../..'));
    expect(terms.length).toBeGreaterThanOrEqual(13);
    for (const term of terms) expect(headingSlug(term.term)).toBe(term.anchor);
  });
});

describe('structured data', () => {
  const crumbs = [
    { name: 'Home', url: 'https://x.org/' },
    { name: 'The FTCA', url: 'https://x.org/sections/ftca/' },
  ];
  test('a section is an Article with a breadcrumb trail', () => {
    const [article, trail] = structuredData({
      title: 'The FTCA',
      description: 'D',
      url: 'https://x.org/sections/ftca/',
      crumbs,
      article: { currentAsOf: new Date('2026-06-01'), lastReviewed: new Date('2026-11-28') },
    });
    expect(article).toMatchObject({ '@type': 'Article', headline: 'The FTCA', datePublished: '2026-06-01', dateModified: '2026-11-28' });
    expect(trail).toMatchObject({ '@type': 'BreadcrumbList', itemListElement: [{ position: 1, name: 'Home' }, { position: 2, item: 'https://x.org/sections/ftca/' }] });
  });

  test('other pages get only the breadcrumb trail', () => {
    expect(structuredData({ title: 'T', description: 'D', url: 'https://x.org/', crumbs: crumbs.slice(0, 1) })).toHaveLength(1);
  });

  test('JSON-LD cannot close its script element', () => {
    expect(jsonLd({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

test.each([
  ['/sections/x/', '/explainer/', '/explainer/sections/x/'],
  ['/explainer/sections/x/', '/explainer/', '/explainer/sections/x/'],
  ['//cdn.example/x', '/explainer/', '//cdn.example/x'],
  ['#top', '/explainer/', '#top'],
  ['/sections/x/', '/', '/sections/x/'],
])('prefixBase(%s, %s)', (href, base, expected) => expect(prefixBase(href, base)).toBe(expected));

test.each([
  ['Liability Explained', 'Liability Explained'],
  ['The FTCA', 'The FTCA · Liability Explained'],
  ['Filing an FTCA claim: forms, where to send it, deadlines', 'Filing an FTCA claim: forms, where to send it, deadlines'],
])('pageTitle(%s)', (title, expected) => expect(pageTitle(title)).toBe(expected));

test('the published site has no runtime dependencies', async () => {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { dependencies?: object };
  expect(pkg.dependencies ?? {}).toEqual({});
});
