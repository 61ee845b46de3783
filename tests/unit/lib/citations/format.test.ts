import { describe, expect, test } from 'vitest';
import { KIND_ORDER, citationParts, formatCitation, joinAuthors, kindLabels, kindName, styled } from '../../../../src/lib/citations/format';
import { SOURCE_KINDS, SourceSchema, type Source } from '../../../../src/schemas/source';

/** Builds a source through the real schema, so the test also proves the data is valid. */
const source = (fields: Record<string, unknown>): Source => SourceSchema.parse({ url: 'https://www.law.cornell.edu/', linkCheck: 'pattern', ...fields });

/** The citation with italic runs marked as _…_, to check typeface as well as text. */
const marked = (fields: Record<string, unknown>): string =>
  citationParts(source(fields))
    .map((part) => (part.italic ? `_${part.text}_` : part.text))
    .join('');

// Real authorities from the research, in the form a law review prints them (The Bluebook).
const table: Array<[string, Record<string, unknown>, string]> = [
  // Cases (rule 10).
  ['Supreme Court', { kind: 'case', name: 'Egbert v. Boule', reporter: '596 U.S. 482', court: 'U.S.', decided: '2022-06-08' }, '_Egbert v. Boule_, 596 U.S. 482 (2022)'],
  ['T6 in a long case name', { kind: 'case', name: 'Bivens v. Six Unknown Named Agents of Federal Bureau of Narcotics', reporter: '403 U.S. 388', court: 'U.S.', decided: '1971-06-21' }, '_Bivens v. Six Unknown Named Agents of Fed. Bureau of Narcotics_, 403 U.S. 388 (1971)'],
  ['T6 plural', { kind: 'case', name: 'Correctional Services Corp. v. Malesko', reporter: '534 U.S. 61', court: 'U.S.', decided: '2001-11-27' }, '_Corr. Servs. Corp. v. Malesko_, 534 U.S. 61 (2001)'],
  ['T6 agency party, docket only', { kind: 'case', name: 'Sheikh v. U.S. Department of Homeland Security', docket: 'No. 22-16983', court: '9th Cir.', decided: '2024-07-05' }, "_Sheikh v. U.S. Dep't of Homeland Sec._, No. 22-16983 (9th Cir. July 5, 2024)"],
  ['geographical party kept whole', { kind: 'case', name: 'District of Columbia v. Carter', reporter: '409 U.S. 418', court: 'U.S.', decided: '1973-01-10' }, '_District of Columbia v. Carter_, 409 U.S. 418 (1973)'],
  ['recent Supreme Court decision, page not yet known', { kind: 'case', name: 'Goldey v. Fields', reporter: '606 U.S. ___', court: 'U.S.', decided: '2025-06-30', parenthetical: 'per curiam' }, '_Goldey v. Fields_, 606 U.S. ___ (2025) (per curiam)'],
  ['recent decision, volume not yet known', { kind: 'case', name: 'Trump v. CASA, Inc.', reporter: '606 U.S. ___', docket: 'No. 24A884', court: 'U.S.', decided: '2025-06-27' }, '_Trump v. CASA, Inc._, 606 U.S. ___ (2025)'],
  ['order, volume not yet known, separate opinions', { kind: 'case', name: 'Noem v. Vasquez Perdomo', reporter: '___ U.S. ___', docket: 'No. 25A169', court: 'U.S.', decided: '2025-09-08', parenthetical: ['order granting stay', 'Kavanaugh, J., concurring', 'Sotomayor, J., dissenting'] }, '_Noem v. Vasquez Perdomo_, ___ U.S. ___ (2025) (order granting stay) (Kavanaugh, J., concurring) (Sotomayor, J., dissenting)'],
  ['In re', { kind: 'case', name: 'In re Neagle', reporter: '135 U.S. 1', court: 'U.S.', decided: '1890-04-14' }, '_In re Neagle_, 135 U.S. 1 (1890)'],
  ['court of appeals', { kind: 'case', name: 'Tun-Cos v. Perrotte', reporter: '922 F.3d 514', court: '4th Cir.', decided: '2019-04-26' }, '_Tun-Cos v. Perrotte_, 922 F.3d 514 (4th Cir. 2019)'],
  ['en banc, per curiam: two parentheticals', { kind: 'case', name: 'Castro v. United States', reporter: '608 F.3d 266', court: '5th Cir.', decided: '2010-06-02', parenthetical: ['en banc', 'per curiam'] }, '_Castro v. United States_, 608 F.3d 266 (5th Cir. 2010) (en banc) (per curiam)'],
  ['unpublished, per curiam, no nesting', { kind: 'case', name: 'Martin v. United States', docket: 'No. 23-10062', court: '11th Cir.', decided: '2024-04-22', parenthetical: 'per curiam' }, '_Martin v. United States_, No. 23-10062 (11th Cir. Apr. 22, 2024) (per curiam)'],
  ['subsequent history in italics, year given once', { kind: 'case', name: 'Idaho v. Horiuchi', reporter: '253 F.3d 359', court: '9th Cir.', decided: '2001-06-05', parenthetical: 'en banc', history: [{ phrase: 'vacated as moot', citation: '266 F.3d 979 (9th Cir. 2001)' }] }, '_Idaho v. Horiuchi_, 253 F.3d 359 (9th Cir.) (en banc), _vacated as moot_, 266 F.3d 979 (9th Cir. 2001)'],
  ['separate opinions and prior history', { kind: 'case', name: 'Sigalovskaya v. Braden', docket: 'No. 23-7625', court: '2d Cir.', decided: '2025-08-27', parenthetical: ['per curiam', 'Lee and Pérez, JJ., concurring separately', 'Lynch, J., dissenting in part'], history: [{ phrase: "aff'g", citation: 'No. 15-CV-34 (LDH) (E.D.N.Y. Sept. 30, 2023)' }] }, "_Sigalovskaya v. Braden_, No. 23-7625 (2d Cir. Aug. 27, 2025) (per curiam) (Lee and Pérez, JJ., concurring separately) (Lynch, J., dissenting in part), _aff'g_ No. 15-CV-34 (LDH) (E.D.N.Y. Sept. 30, 2023)"],
  ['reversed under another name', { kind: 'case', name: 'Fields v. Federal Bureau of Prisons', reporter: '109 F.4th 264', court: '4th Cir.', decided: '2024', history: [{ phrase: "rev'd sub nom.", name: 'Goldey v. Fields', citation: '606 U.S. ___ (2025)' }] }, "_Fields v. Fed. Bureau of Prisons_, 109 F.4th 264 (4th Cir. 2024), _rev'd sub nom. Goldey v. Fields_, 606 U.S. ___ (2025)"],
  ['district court, year only', { kind: 'case', name: 'Zelaya v. Hammer', reporter: '516 F. Supp. 3d 778', court: 'E.D. Tenn.', decided: '2021' }, '_Zelaya v. Hammer_, 516 F. Supp. 3d 778 (E.D. Tenn. 2021)'],
  // Statutes (rule 12).
  ['FTCA subsection', { kind: 'statute', title: 28, section: '2680(h)' }, '28 U.S.C. § 2680(h)'],
  ['Section 1983', { kind: 'statute', title: 42, section: '1983', name: 'Civil action for deprivation of rights' }, '42 U.S.C. § 1983'],
  ['state code without a title', { kind: 'statute', code: 'Cal. Civ. Code', section: '52.1' }, 'Cal. Civ. Code § 52.1'],
  [
    'session law: act name, division, section, Stat. pages; year in the name',
    { kind: 'statute', name: 'Illegal Immigration Reform and Immigrant Responsibility Act of 1996', publicLaw: '104-208', subdivision: 'div. C', section: '133', stat: '110 Stat. 3009-546, 3009-563 to -564', enacted: '1996', codifiedAt: '8 U.S.C. § 1357(g)' },
    'Illegal Immigration Reform and Immigrant Responsibility Act of 1996, Pub. L. No. 104-208, div. C, § 133, 110 Stat. 3009-546, 3009-563 to -564 (codified at 8 U.S.C. § 1357(g))',
  ],
  [
    'session law inside an omnibus act, with its amendment',
    { kind: 'statute', name: 'Treasury, Postal Service, and General Government Appropriations Act, 1997', actSection: '636', publicLaw: '104-208', subdivision: 'div. A', section: '101(f)', stat: '110 Stat. 3009-363 to -364', enacted: '1996', amendedBy: ['Pub. L. No. 106-58, § 642 (1999)'] },
    'Treasury, Postal Service, and General Government Appropriations Act, 1997, § 636, Pub. L. No. 104-208, div. A, § 101(f), 110 Stat. 3009-363 to -364 (1996), as amended by Pub. L. No. 106-58, § 642 (1999)',
  ],
  ['Westfall Act as enacted', { kind: 'statute', name: 'Federal Employees Liability Reform and Tort Compensation Act of 1988', publicLaw: '100-694', section: '2', stat: '102 Stat. 4563', enacted: '1988' }, 'Federal Employees Liability Reform and Tort Compensation Act of 1988, Pub. L. No. 100-694, § 2, 102 Stat. 4563'],
  ['state session law', { kind: 'statute', name: 'Illinois Bivens Act', sessionLaw: 'Pub. Act 104-0440', jurisdiction: 'Ill.', subdivision: 'art. 5', enacted: '2025-12-09' }, 'Illinois Bivens Act, Pub. Act 104-0440, art. 5 (Ill. 2025)'],
  // Regulations (rule 14).
  ['regulation section', { kind: 'regulation', title: 8, section: '287.8' }, '8 C.F.R. § 287.8'],
  ['regulation part', { kind: 'regulation', title: 28, part: '15' }, '28 C.F.R. pt. 15'],
  // Bills (rule 13): roman, the year of the bill, the state for a state bill.
  ['federal bill', { kind: 'bill', number: 'H.R. 6091', legislature: '119th Cong.', year: 2025, title: 'Bivens Act of 2025', status: 'Introduced', statusDate: '2025-11-19' }, 'Bivens Act of 2025, H.R. 6091, 119th Cong. (2025)'],
  ['state bill, status a year later', { kind: 'bill', number: 'S.B. 627', legislature: '2025–2026 Reg. Sess.', jurisdiction: 'Cal.', year: 2025, title: 'No Secret Police Act', description: 'law-enforcement face coverings', status: 'Signed', statusDate: '2026-02-09' }, 'No Secret Police Act, S.B. 627, 2025–2026 Reg. Sess. (Cal. 2025)'],
  ['state bill without a name', { kind: 'bill', number: 'S.B. 26-005', legislature: '2026 Reg. Sess.', jurisdiction: 'Colo.', year: 2026, status: 'Passed the Senate', statusDate: '2026-02-24' }, 'S.B. 26-005, 2026 Reg. Sess. (Colo. 2026)'],
  // Government documents, news, scholarship and web pages (rules 15–18).
  ['undated agency page never opened', { kind: 'agency', agency: 'U.S. Immigration & Customs Enforcement', title: 'Claims Under the Federal Tort Claims Act', date: 'undated' }, 'U.S. Immigration & Customs Enforcement, _Claims Under the Federal Tort Claims Act_ (n.d.)'],
  ['undated agency page opened on a known day', { kind: 'agency', agency: 'U.S. Immigration & Customs Enforcement', title: 'Claims Under the Federal Tort Claims Act', date: 'undated', linkCheck: 'opened', lastChecked: '2026-11-29' }, 'U.S. Immigration & Customs Enforcement, _Claims Under the Federal Tort Claims Act_ (last visited Nov. 29, 2026)'],
  ['press release', { kind: 'agency', documentType: 'Press Release', agency: 'Sen. Alex Padilla', title: 'Padilla, Booker Unveil New Bill to Require Immigration Officers to Display Clear Identification', date: '2025-07-08' }, 'Press Release, Sen. Alex Padilla, _Padilla, Booker Unveil New Bill to Require Immigration Officers to Display Clear Identification_ (July 8, 2025)'],
  ['report known by number only', { kind: 'agency', agency: 'Congressional Research Service', number: 'Legal Sidebar LSB11344', date: '2025', parenthetical: 'discussing *Martin v. United States*', note: 'Title and author not yet recorded.' }, 'Congressional Research Service, Legal Sidebar LSB11344 (2025) (discussing _Martin v. United States_)'],
  ['news with author', { kind: 'news', outlet: 'Reuters', title: 'Explainer-Why it is difficult to sue ICE agents', date: '2026-01-15', author: 'Jan Wolfe' }, 'Jan Wolfe, _Explainer-Why it is difficult to sue ICE agents_, Reuters (Jan. 15, 2026)'],
  ['news, month only', { kind: 'news', outlet: 'CBS News', title: 'Trump administration gutting DHS civil rights branch', date: '2025-03' }, '_Trump administration gutting DHS civil rights branch_, CBS News (Mar. 2025)'],
  ['news whose headline is not recorded', { kind: 'news', outlet: 'MS NOW', parenthetical: 'reporting on state bills letting residents sue federal agents', date: '2026-01-15', note: 'Headline not yet recorded.' }, 'MS NOW (Jan. 15, 2026) (reporting on state bills letting residents sue federal agents)'],
  ['three authors, reverse italics', { kind: 'scholarship', authors: ['James E. Pfander', 'Alexander A. Reinert', 'Joanna C. Schwartz'], title: 'The Myth of Personal Liability: Who Pays When *Bivens* Claims Succeed', publishedIn: '72 Stan. L. Rev. 561', year: 2020 }, 'James E. Pfander, Alexander A. Reinert & Joanna C. Schwartz, _The Myth of Personal Liability: Who Pays When _Bivens_ Claims Succeed_, 72 Stan. L. Rev. 561 (2020)'],
  ['review with a full date, reviewed title italic', { kind: 'scholarship', authors: ['Nancy Leong'], title: "Police Don't Pay", publishedIn: 'JOTWELL', date: '2013-11-07', parenthetical: 'reviewing Joanna C. Schwartz, *Police Indemnification*, 89 N.Y.U. L. Rev. 885 (2014)' }, "Nancy Leong, _Police Don't Pay_, JOTWELL (Nov. 7, 2013) (reviewing Joanna C. Schwartz, _Police Indemnification_, 89 N.Y.U. L. Rev. 885 (2014))"],
  ['think-tank release with a full date', { kind: 'scholarship', documentType: 'Press Release', authors: ['Cato Institute'], title: 'Cato Expert: DHS Shutdown Negotiations Miss the Mark on True ICE Reform', date: '2026-03-18', parenthetical: 'quoting Mike Fox' }, 'Press Release, Cato Institute, _Cato Expert: DHS Shutdown Negotiations Miss the Mark on True ICE Reform_ (Mar. 18, 2026) (quoting Mike Fox)'],
  ['analysis with no author recorded', { kind: 'scholarship', title: "DHS Warrantless Home Entry Memos' Fourth Amendment Problem", publishedIn: 'Brennan Center for Justice', year: 2026 }, "_DHS Warrantless Home Entry Memos' Fourth Amendment Problem_, Brennan Center for Justice (2026)"],
  ['undated guide', { kind: 'guide', publisher: 'National Police Accountability Project', title: 'About Us', date: 'undated' }, 'National Police Accountability Project, _About Us_ (n.d.)'],
  ['guide updated later', { kind: 'guide', publisher: 'United Food and Commercial Workers International Union (UFCW)', title: 'Protecting your constitutional rights during a workplace raid', date: '2019', updated: '2020' }, 'United Food and Commercial Workers International Union (UFCW), _Protecting your constitutional rights during a workplace raid_ (2019, updated 2020)'],
  ['guide titled by a case name: reverse italics', { kind: 'guide', publisher: 'Girards Law', title: 'Analysis of Order in *Chicago Headline Club v. Noem* (Nov. 20, 2025)', date: 'undated' }, 'Girards Law, _Analysis of Order in _Chicago Headline Club v. Noem_ (Nov. 20, 2025)_ (n.d.)'],
  ['guide with author', { kind: 'guide', publisher: 'Impact Fund', author: 'Michelle Lapointe', title: 'Latinx Workers Reach Groundbreaking Class Action Settlement', date: 'undated' }, 'Michelle Lapointe, _Latinx Workers Reach Groundbreaking Class Action Settlement_, Impact Fund (n.d.)'],
];

describe('citation form', () => {
  test.each(table)('%s', (_label, fields, expected) => {
    expect(marked(fields)).toBe(expected);
  });

  test('covers real citations of every kind', () => {
    const kinds = new Set(table.map(([, fields]) => fields['kind']));
    expect([...kinds].sort()).toEqual(['agency', 'bill', 'case', 'guide', 'news', 'regulation', 'scholarship', 'statute']);
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  test('plain text drops only the typeface', () => {
    expect(formatCitation(source(table[12]?.[1] ?? {}))).toBe('Idaho v. Horiuchi, 253 F.3d 359 (9th Cir.) (en banc), vacated as moot, 266 F.3d 979 (9th Cir. 2001)');
  });
});

describe('styled (reverse italics)', () => {
  test.each([
    ['no marks, italic', 'Police Indemnification', true, [{ text: 'Police Indemnification', italic: true }]],
    ['no marks, roman', 'per curiam', false, [{ text: 'per curiam' }]],
    ['a case name inside an italic title', 'Who Pays When *Bivens* Claims Succeed', true, [{ text: 'Who Pays When ', italic: true }, { text: 'Bivens' }, { text: ' Claims Succeed', italic: true }]],
    ['a title inside a roman parenthetical', 'reviewing *Police Indemnification*', false, [{ text: 'reviewing ' }, { text: 'Police Indemnification', italic: true }]],
    ['a title that is all case name', '*United States v. Illinois*', true, [{ text: 'United States v. Illinois' }]],
  ])('%s', (_label, text, italic, expected) => {
    expect(styled(text, italic)).toEqual(expected);
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

test.each([
  [{ kind: 'case', name: 'Egbert v. Boule', reporter: '596 U.S. 482', court: 'U.S.', decided: '2022' }, 'Supreme Court decision'],
  [{ kind: 'case', name: 'Tun-Cos v. Perrotte', reporter: '922 F.3d 514', court: '4th Cir.', decided: '2019' }, 'Court decision'],
  [{ kind: 'statute', name: 'Illinois Bivens Act', sessionLaw: 'Pub. Act 104-0440', jurisdiction: 'Ill.', enacted: '2025' }, 'Statute as enacted (session law)'],
  [{ kind: 'bill', number: 'S.B. 627', legislature: '2025–2026 Reg. Sess.', jurisdiction: 'Cal.', year: 2025, status: 'Signed', statusDate: '2025' }, 'State bill'],
])('kindName %#', (fields, expected) => {
  expect(kindName(source(fields))).toBe(expected);
});

test('the table of authorities lists every kind of source once, each with a heading in both languages', () => {
  expect([...KIND_ORDER].sort()).toEqual([...SOURCE_KINDS].sort());
  for (const lang of ['en', 'es'] as const) for (const kind of KIND_ORDER) expect(kindLabels(lang)[kind]).toMatch(/\S/);
});
