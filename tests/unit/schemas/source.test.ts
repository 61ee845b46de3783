import { describe, expect, test } from 'vitest';
import { SOURCE_KINDS, SourceSchema, sourceFieldNames } from '../../../src/schemas/source';

const valid = {
  kind: 'case',
  name: 'Egbert v. Boule',
  reporter: '596 U.S. 482',
  court: 'U.S.',
  decided: '2022-06-08',
  url: 'https://supreme.justia.com/cases/federal/us/596/21-147/',
  linkCheck: 'pattern',
};

/** The messages of a failed parse, as "path: message". */
function problems(input: unknown): string[] {
  const result = SourceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('valid sources', () => {
  test.each([
    ['case with reporter', valid],
    ['case with docket only', { ...valid, reporter: undefined, docket: 'No. 23-7625', court: '2d Cir.' }],
    ['statute', { kind: 'statute', title: 28, section: '2680(h)', url: 'https://www.law.cornell.edu/uscode/text/28/2680', linkCheck: 'pattern', shortName: 'FTCA' }],
    ['regulation', { kind: 'regulation', title: 8, section: '287.10', url: 'https://www.ecfr.gov/current/title-8/section-287.10', linkCheck: 'pattern' }],
    ['bill', { kind: 'bill', number: 'S. 3187', legislature: '119th Cong.', year: 2025, title: 'Bivens Act of 2025', status: 'In committee', statusDate: '2025-11-18', url: 'https://www.congress.gov/bill/119th-congress/senate-bill/3187', linkCheck: 'pattern' }],
    ['session law', { kind: 'statute', name: 'Illegal Immigration Reform and Immigrant Responsibility Act of 1996', publicLaw: '104-208', subdivision: 'div. C', section: '133', stat: '110 Stat. 3009-546, 3009-563 to -564', enacted: 1996, url: 'https://www.govinfo.gov/', linkCheck: 'pattern' }],
    ['case with history and two parentheticals', { ...valid, parenthetical: ['en banc', 'per curiam'], history: [{ phrase: 'vacated as moot', citation: '266 F.3d 979 (9th Cir. 2001)' }] }],
    ['undated agency page', { kind: 'agency', agency: 'ICE', title: 'OPLA', date: 'undated', url: 'https://www.ice.gov/opla', lastChecked: '2026-11-28', linkCheck: 'opened' }],
    ['news, month only', { kind: 'news', outlet: 'CBS News', title: 'T', date: '2025-03', url: 'https://www.cbsnews.com/', lastChecked: '2026-11-28', linkCheck: 'recorded' }],
    ['scholarship', { kind: 'scholarship', authors: ['A'], title: 'T', publishedIn: '72 Stan. L. Rev. 561', year: 2020, url: 'https://stanfordlawreview.org/', lastChecked: '2026-11-28', linkCheck: 'opened' }],
    ['guide', { kind: 'guide', publisher: 'NPAP', title: 'About', date: 'undated', url: 'https://www.nlg-npap.org/about', lastChecked: '2026-11-28', linkCheck: 'recorded' }],
  ])('%s', (_label, input) => {
    expect(problems(input)).toEqual([]);
  });

  test('lastChecked becomes a Date; a partial date stays text', () => {
    const parsed = SourceSchema.parse({ ...valid, decided: '2021', linkCheck: 'opened', lastChecked: '2026-11-28' });
    expect(parsed.lastChecked).toEqual(new Date('2026-11-28T00:00:00Z'));
    expect(parsed.kind === 'case' && parsed.decided).toBe('2021');
  });

  test('statute code defaults to U.S.C.', () => {
    const parsed = SourceSchema.parse({ kind: 'statute', title: 28, section: '2676', url: 'https://www.law.cornell.edu/', linkCheck: 'pattern' });
    expect(parsed.kind === 'statute' && parsed.code).toBe('U.S.C.');
  });
});

describe('invalid sources name the field and the fix', () => {
  test.each([
    ['unknown kind', { ...valid, kind: 'opinion' }, 'kind: Unknown source kind. Set kind to one of: case, statute'],
    ['missing kind', { name: 'Egbert' }, 'kind: Unknown source kind'],
    ['http url', { ...valid, url: 'http://supreme.justia.com/' }, 'url: "http://supreme.justia.com/" uses http:. Use the https:// address'],
    ['javascript url', { ...valid, url: 'javascript:alert(1)' }, 'url: "javascript:" links are not allowed'],
    ['data url', { ...valid, url: 'data:text/html,hi' }, 'url: "data:" links are not allowed'],
    ['relative url', { ...valid, url: '/sections/two-routes/' }, 'url: "/sections/two-routes/" is not an absolute link'],
    ['other scheme', { ...valid, url: 'ftp://example.org/file' }, 'url: "ftp:" links are not allowed'],
    ['url with a space', { ...valid, url: 'https://exa mple.org/' }, 'url: "https://exa mple.org/" is not a valid URL'],
    ['missing name', { ...valid, name: undefined }, 'name: Add the case name'],
    ['empty name', { ...valid, name: '  ' }, 'name: Add the case name'],
    ['neither reporter nor docket', { ...valid, reporter: undefined }, 'reporter: A case needs `reporter`'],
    ['impossible date', { ...valid, decided: '2022-02-30' }, 'decided: "2022-02-30" is not a valid date'],
    ['date in words', { ...valid, decided: 'June 8, 2022' }, 'decided: "June 8, 2022" is not a valid date'],
    ['opened without the day it was opened', { ...valid, linkCheck: 'opened' }, 'lastChecked: linkCheck is "opened", so give lastChecked: the day the page was opened'],
    ['a pattern link with a date it was never opened on', { ...valid, lastChecked: '2026-11-28' }, 'lastChecked: linkCheck is "pattern": the link was built from an address scheme and never opened, so it has no lastChecked date'],
    ['bad lastChecked', { ...valid, linkCheck: 'opened', lastChecked: '2026-13-01' }, 'lastChecked: "2026-13-01" is not a real date'],
    ['bill number without periods', { kind: 'bill', number: 'SB 627', legislature: '2025–2026 Reg. Sess.', jurisdiction: 'Cal.', year: 2025, status: 'Signed', statusDate: '2025', url: 'https://leginfo.legislature.ca.gov/', linkCheck: 'pattern' }, 'number: Write the bill number with periods, as citations do: "S.B. 627"'],
    ['session law without its year', { kind: 'statute', name: 'Westfall Act', publicLaw: '100-694', url: 'https://www.govinfo.gov/', linkCheck: 'pattern' }, 'enacted: A session law needs `enacted`'],
    ['history phrase not in table T8', { ...valid, history: [{ phrase: 'overruled-ish', citation: '1 U.S. 1 (2020)' }] }, 'history.0.phrase: Use one of the explanatory phrases'],
    ['parenthetical with its own parentheses', { ...valid, parenthetical: '(en banc)' }, 'parenthetical: Write a parenthetical without its parentheses'],
    ['unknown linkCheck', { ...valid, linkCheck: 'maybe' }, 'linkCheck: Set linkCheck to "opened", "recorded" or "pattern"'],
    ['U.S. Code without title', { kind: 'statute', section: '2680', url: 'https://www.law.cornell.edu/', linkCheck: 'pattern' }, 'title: A U.S. Code section needs `title`'],
    ['regulation with section and part', { kind: 'regulation', title: 28, section: '14.2', part: '14', url: 'https://www.ecfr.gov/', linkCheck: 'pattern' }, 'section: A regulation needs exactly one of'],
    ['scholarship without authors', { kind: 'scholarship', authors: [], title: 'T', publishedIn: 'X', year: 2020, url: 'https://x.org/', lastChecked: '2026-11-28', linkCheck: 'opened' }, 'authors: List at least one author'],
    ['agency with a vague date', { kind: 'agency', agency: 'ICE', title: 'OPLA', date: 'recently', url: 'https://www.ice.gov/', lastChecked: '2026-11-28', linkCheck: 'opened' }, 'date: "recently" is not a valid date'],
    ['empty shortName', { ...valid, shortName: '' }, 'shortName: Remove shortName or give it a value'],
  ])('%s', (_label, input, expected) => {
    expect(problems(input).join('\n')).toContain(expected);
  });
});

describe('every kind is strict', () => {
  test.each(SOURCE_KINDS.map((kind) => [kind]))('%s refuses a field it does not declare, and declares its own', (kind) => {
    const result = SourceSchema.safeParse({ kind, notAField: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.code === 'unrecognized_keys' && issue.keys.includes('notAField'))).toBe(true);
    expect(sourceFieldNames(kind)).toEqual(expect.arrayContaining(['kind', 'url', 'lastChecked', 'linkCheck']));
  });
});
