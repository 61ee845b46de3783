import { describe, expect, test } from 'vitest';
import { formatCitation } from '../../../../src/lib/citations/format';
import { tableOfAuthorities } from '../../../../src/lib/citations/index-by-source';
import { authorSortName, compareSources } from '../../../../src/lib/citations/order';
import { SourceSchema, type Source } from '../../../../src/schemas/source';

const source = (fields: Record<string, unknown>): Source => SourceSchema.parse({ url: 'https://www.law.cornell.edu/', linkCheck: 'pattern', ...fields });
const sorted = (items: Array<Record<string, unknown>>) => items.map(source).sort(compareSources).map(formatCitation);

describe('the table of authorities files numbers as numbers', () => {
  test('U.S. Code by title, then section: 5 and 8 before 28 and 42; § 233(a) before § 1983', () => {
    const usc = (title: number, section: string) => ({ kind: 'statute', title, section });
    expect(sorted([usc(42, '1983'), usc(28, '2680'), usc(42, '233(a)'), usc(8, '1357'), usc(28, '1346(b)'), usc(5, '702'), usc(28, '2401(b)'), usc(18, '242')])).toEqual([
      '5 U.S.C. § 702',
      '8 U.S.C. § 1357',
      '18 U.S.C. § 242',
      '28 U.S.C. § 1346(b)',
      '28 U.S.C. § 2401(b)',
      '28 U.S.C. § 2680',
      '42 U.S.C. § 233(a)',
      '42 U.S.C. § 1983',
    ]);
  });

  test('the code first, then federal session laws by number, then state statutes', () => {
    const items = [
      { kind: 'statute', name: 'Illinois Bivens Act', sessionLaw: 'Pub. Act 104-0440', jurisdiction: 'Ill.', enacted: '2025' },
      { kind: 'statute', name: 'Treasury, Postal Service, and General Government Appropriations Act, 1997', actSection: '636', publicLaw: '104-208', enacted: '1996' },
      { kind: 'statute', name: 'Federal Employees Liability Reform and Tort Compensation Act of 1988', publicLaw: '100-694', enacted: '1988' },
      { kind: 'statute', title: 42, section: '1983' },
      { kind: 'statute', name: 'Illegal Immigration Reform and Immigrant Responsibility Act of 1996', publicLaw: '104-208', section: '133', enacted: '1996' },
    ];
    expect(sorted(items).map((text) => text.slice(0, 30))).toEqual([
      '42 U.S.C. § 1983',
      'Federal Employees Liability Re',
      'Illegal Immigration Reform and',
      'Treasury, Postal Service, and ',
      'Illinois Bivens Act, Pub. Act ',
    ]);
  });

  test('regulations: § 287.3 before § 287.10, title 8 before title 28', () => {
    const cfr = (title: number, section: string) => ({ kind: 'regulation', title, section });
    expect(sorted([cfr(28, '14.2'), cfr(8, '287.10'), cfr(8, '287.3'), cfr(8, '236.1'), { kind: 'regulation', title: 28, part: '15' }, cfr(28, '50.15')])).toEqual([
      '8 C.F.R. § 236.1',
      '8 C.F.R. § 287.3',
      '8 C.F.R. § 287.10',
      '28 C.F.R. § 14.2',
      '28 C.F.R. pt. 15',
      '28 C.F.R. § 50.15',
    ]);
  });

  test('bills: Congress, House before Senate, by number; then states', () => {
    const bill = (number: string, extra: Record<string, unknown> = {}) => ({ kind: 'bill', number, legislature: '119th Cong.', year: 2025, status: 'x', statusDate: '2025', ...extra });
    const state = { legislature: '2025–2026 Reg. Sess.', jurisdiction: 'Cal.' };
    expect(sorted([bill('S. 3187'), bill('S.B. 805', state), bill('H.R. 6091'), bill('S. 2212'), bill('H.R. 4004'), bill('S.B. 627', state)])).toEqual([
      'H.R. 4004, 119th Cong. (2025)',
      'H.R. 6091, 119th Cong. (2025)',
      'S. 2212, 119th Cong. (2025)',
      'S. 3187, 119th Cong. (2025)',
      'S.B. 627, 2025–2026 Reg. Sess. (Cal. 2025)',
      'S.B. 805, 2025–2026 Reg. Sess. (Cal. 2025)',
    ]);
  });
});

describe('cases file by name as cited, then by date', () => {
  test('"In re" and "United States v." are not skipped; accents and hyphens do not count; the same name files by date', () => {
    const kase = (name: string, decided: string, court = 'U.S.') => ({ kind: 'case', name, reporter: '1 U.S. 1', court, decided });
    expect(sorted([kase('United States v. Guest', '1966'), kase('Martin v. United States', '2025'), kase('In re Neagle', '1890'), kase('Hernández v. Mesa', '2020'), kase('Martin v. United States', '2024', '11th Cir.'), kase('Hui v. Castaneda', '2010'), kase('INS v. Lopez-Mendoza', '1984')])).toEqual([
      'Hernández v. Mesa, 1 U.S. 1 (2020)',
      'Hui v. Castaneda, 1 U.S. 1 (2010)',
      'In re Neagle, 1 U.S. 1 (1890)',
      'INS v. Lopez-Mendoza, 1 U.S. 1 (1984)',
      'Martin v. United States, 1 U.S. 1 (11th Cir. 2024)',
      'Martin v. United States, 1 U.S. 1 (2025)',
      'United States v. Guest, 1 U.S. 1 (1966)',
    ]);
  });
});

test.each([
  ['James E. Pfander', 'Pfander, James E.'],
  ['Nancy Leong', 'Leong, Nancy'],
  ['Cato Institute', 'Cato Institute'],
  ['Brennan Center for Justice', 'Brennan Center for Justice'],
])('authorSortName(%s)', (author, expected) => {
  expect(authorSortName(author)).toBe(expected);
});

test('scholarship files by the first author’s surname', () => {
  const items = [
    { kind: 'scholarship', authors: ['Joanna C. Schwartz'], title: 'Police Indemnification', publishedIn: '89 N.Y.U. L. Rev. 885', year: 2014 },
    { kind: 'scholarship', authors: ['Nancy Leong'], title: "Police Don't Pay", publishedIn: 'JOTWELL', date: '2013-11-07' },
    { kind: 'scholarship', authors: ['James E. Pfander', 'Alexander A. Reinert'], title: 'The Myth', publishedIn: '72 Stan. L. Rev. 561', year: 2020 },
  ];
  expect(sorted(items).map((text) => text.split(',')[0])).toEqual(['Nancy Leong', 'James E. Pfander & Alexander A. Reinert', 'Joanna C. Schwartz']);
});

test('tableOfAuthorities groups by kind in the table’s order and sorts each group', () => {
  const groups = tableOfAuthorities([source({ kind: 'regulation', title: 8, section: '287.10' }), source({ kind: 'statute', title: 42, section: '1983' }), source({ kind: 'regulation', title: 8, section: '287.3' })]);
  expect(groups.map((group) => [group.label, group.items.map(formatCitation)])).toEqual([
    ['Statutes', ['42 U.S.C. § 1983']],
    ['Regulations', ['8 C.F.R. § 287.3', '8 C.F.R. § 287.10']],
  ]);
});
