import { describe, expect, test } from 'vitest';
import { citationParts, formatCitation, joinAuthors } from '../../../../src/lib/citations/format';
import { SourceSchema, type Source } from '../../../../src/schemas/source';

/** Builds a source through the real schema, so the test also proves the data is valid. */
const source = (fields: Record<string, unknown>): Source =>
  SourceSchema.parse({ url: 'https://www.law.cornell.edu/', lastChecked: '2026-11-28', linkCheck: 'pattern', ...fields });

// Real authorities from the research, in the form the site prints them.
const table: Array<[string, Record<string, unknown>, string]> = [
  ['Supreme Court', { kind: 'case', name: 'Egbert v. Boule', reporter: '596 U.S. 482', court: 'U.S.', decided: '2022-06-08' }, 'Egbert v. Boule, 596 U.S. 482 (2022)'],
  ['long case name', { kind: 'case', name: 'Bivens v. Six Unknown Named Agents of Federal Bureau of Narcotics', reporter: '403 U.S. 388', court: 'U.S.', decided: '1971-06-21' }, 'Bivens v. Six Unknown Named Agents of Federal Bureau of Narcotics, 403 U.S. 388 (1971)'],
  ['blank page, per curiam', { kind: 'case', name: 'Goldey v. Fields', reporter: '606 U.S. ___', court: 'U.S.', decided: '2025-06-30', parenthetical: 'per curiam' }, 'Goldey v. Fields, 606 U.S. ___ (2025) (per curiam)'],
  ['2025 Supreme Court', { kind: 'case', name: 'Martin v. United States', reporter: '605 U.S. 395', court: 'U.S.', decided: '2025-06-12' }, 'Martin v. United States, 605 U.S. 395 (2025)'],
  ['1890 case', { kind: 'case', name: 'In re Neagle', reporter: '135 U.S. 1', court: 'U.S.', decided: '1890-04-14' }, 'In re Neagle, 135 U.S. 1 (1890)'],
  ['court of appeals', { kind: 'case', name: 'Tun-Cos v. Perrotte', reporter: '922 F.3d 514', court: '4th Cir.', decided: '2019-04-26' }, 'Tun-Cos v. Perrotte, 922 F.3d 514 (4th Cir. 2019)'],
  ['F.4th', { kind: 'case', name: 'Pettibone v. Russell', reporter: '59 F.4th 449', court: '9th Cir.', decided: '2023-02-02' }, 'Pettibone v. Russell, 59 F.4th 449 (9th Cir. 2023)'],
  ['docket only', { kind: 'case', name: 'Sigalovskaya v. Braden', docket: 'No. 23-7625', court: '2d Cir.', decided: '2025-08-27', parenthetical: 'per curiam' }, 'Sigalovskaya v. Braden, No. 23-7625 (2d Cir. Aug. 27, 2025) (per curiam)'],
  ['docket only, July', { kind: 'case', name: 'Sheikh v. U.S. Department of Homeland Security', docket: 'No. 22-16983', court: '9th Cir.', decided: '2024-07-05' }, 'Sheikh v. U.S. Department of Homeland Security, No. 22-16983 (9th Cir. July 5, 2024)'],
  ['en banc, vacated', { kind: 'case', name: 'Idaho v. Horiuchi', reporter: '253 F.3d 359', court: '9th Cir.', decided: '2001-06-05', parenthetical: 'en banc', history: 'vacated as moot, 266 F.3d 979 (9th Cir. 2001)' }, 'Idaho v. Horiuchi, 253 F.3d 359 (9th Cir. 2001) (en banc), vacated as moot, 266 F.3d 979 (9th Cir. 2001)'],
  ['district court, year only', { kind: 'case', name: 'Zelaya v. Hammer', reporter: '516 F. Supp. 3d 778', court: 'E.D. Tenn.', decided: '2021' }, 'Zelaya v. Hammer, 516 F. Supp. 3d 778 (E.D. Tenn. 2021)'],
  ['Supreme Court order, docket only', { kind: 'case', name: 'Noem v. Vasquez Perdomo', docket: 'No. 25A169', court: 'U.S.', decided: '2025-09-08' }, 'Noem v. Vasquez Perdomo, No. 25A169 (U.S. Sept. 8, 2025)'],
  ['FTCA subsection', { kind: 'statute', title: 28, section: '2680(h)' }, '28 U.S.C. § 2680(h)'],
  ['Westfall Act', { kind: 'statute', title: 28, section: '2679' }, '28 U.S.C. § 2679'],
  ['Section 1983', { kind: 'statute', title: 42, section: '1983' }, '42 U.S.C. § 1983'],
  ['287(g)', { kind: 'statute', title: 8, section: '1357(g)' }, '8 U.S.C. § 1357(g)'],
  ['state code without a title', { kind: 'statute', code: 'Cal. Civ. Code', section: '52.1' }, 'Cal. Civ. Code § 52.1'],
  ['regulation section', { kind: 'regulation', title: 8, section: '287.8' }, '8 C.F.R. § 287.8'],
  ['regulation part', { kind: 'regulation', title: 28, part: '15' }, '28 C.F.R. pt. 15'],
  ['federal bill', { kind: 'bill', number: 'S. 3187', legislature: '119th Cong.', title: 'Bivens Act of 2025', status: 'Introduced', statusDate: '2025-11-18' }, 'Bivens Act of 2025, S. 3187, 119th Cong. (2025)'],
  ['undated agency page', { kind: 'agency', agency: 'U.S. Immigration & Customs Enforcement', title: 'Claims Under the Federal Tort Claims Act', date: 'undated' }, 'U.S. Immigration & Customs Enforcement, Claims Under the Federal Tort Claims Act (n.d.)'],
  ['news with author', { kind: 'news', outlet: 'Reuters', title: 'Explainer-Why it is difficult to sue ICE agents', date: '2026-01-15', author: 'Jan Wolfe' }, 'Jan Wolfe, Explainer-Why it is difficult to sue ICE agents, Reuters (Jan. 15, 2026)'],
  ['news, month only', { kind: 'news', outlet: 'CBS News', title: 'Trump administration gutting DHS civil rights branch', date: '2025-03' }, 'Trump administration gutting DHS civil rights branch, CBS News (Mar. 2025)'],
  ['three authors', { kind: 'scholarship', authors: ['James E. Pfander', 'Alexander A. Reinert', 'Joanna C. Schwartz'], title: 'The Myth of Personal Liability: Who Pays When Bivens Claims Succeed', publishedIn: '72 Stan. L. Rev. 561', year: 2020 }, 'James E. Pfander, Alexander A. Reinert & Joanna C. Schwartz, The Myth of Personal Liability: Who Pays When Bivens Claims Succeed, 72 Stan. L. Rev. 561 (2020)'],
  ['one author', { kind: 'scholarship', authors: ['Joanna C. Schwartz'], title: 'Police Indemnification', publishedIn: '89 N.Y.U. L. Rev. 885', year: 2014 }, 'Joanna C. Schwartz, Police Indemnification, 89 N.Y.U. L. Rev. 885 (2014)'],
  ['undated guide', { kind: 'guide', publisher: 'National Police Accountability Project', title: 'About Us', date: 'undated' }, 'National Police Accountability Project, About Us (n.d.)'],
  ['dated guide', { kind: 'guide', publisher: 'Center for Constitutional Rights', title: '$1 Million ICE Settlement with New York Families', date: '2013-04-04' }, 'Center for Constitutional Rights, $1 Million ICE Settlement with New York Families (Apr. 4, 2013)'],
  ['guide with author', { kind: 'guide', publisher: 'Impact Fund', author: 'Michelle Lapointe', title: 'Latinx Workers Reach Groundbreaking Class Action Settlement', date: 'undated' }, 'Michelle Lapointe, Latinx Workers Reach Groundbreaking Class Action Settlement, Impact Fund (n.d.)'],
];

describe('formatCitation', () => {
  test.each(table)('%s', (_label, fields, expected) => {
    expect(formatCitation(source(fields))).toBe(expected);
  });

  test('covers at least 20 real citations', () => {
    expect(table.length).toBeGreaterThanOrEqual(20);
  });
});

describe('citationParts', () => {
  test('italicises the case name only', () => {
    const parts = citationParts(source(table[0]?.[1] ?? {}));
    expect(parts).toEqual([
      { text: 'Egbert v. Boule', italic: true },
      { text: ', 596 U.S. 482 (2022)' },
    ]);
  });

  test('italicises a scholarly title, not the authors', () => {
    const parts = citationParts(source({ kind: 'scholarship', authors: ['Joanna C. Schwartz'], title: 'Police Indemnification', publishedIn: '89 N.Y.U. L. Rev. 885', year: 2014 }));
    expect(parts.filter((part) => part.italic).map((part) => part.text)).toEqual(['Police Indemnification']);
  });
});

test.each([
  [[], ''],
  [['A'], 'A'],
  [['A', 'B'], 'A & B'],
  [['A', 'B', 'C'], 'A, B & C'],
])('joinAuthors(%j)', (authors, expected) => {
  expect(joinAuthors(authors)).toBe(expected);
});

test('a session law cites its public-law number', () => {
  expect(formatCitation(source({ kind: 'statute', publicLaw: '104-208', section: '636' }))).toBe('Pub. L. No. 104-208, § 636');
});
