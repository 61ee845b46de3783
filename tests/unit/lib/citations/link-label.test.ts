import { expect, test } from 'vitest';
import { linkLabel } from '../../../../src/lib/citations/link-label';
import { SourceSchema } from '../../../../src/schemas/source';

const guide = { kind: 'guide', publisher: 'Addison Law', title: 'ICE excessive force', date: 'undated' };
const opinion = { kind: 'case', name: 'Egbert v. Boule', reporter: '596 U.S. 482', court: 'U.S.', decided: '2022' };

// Labels say what is true of the host and of our check, in plain words.
test.each([
  ['a law firm page is the firm’s own page', { ...guide, url: 'https://addison.law/insights/ice-excessive-force-federal-agents', linkCheck: 'recorded' }, 'the publisher’s own page; read during our research, date not recorded'],
  ['Justia is a free copy, not the official reporter', { ...opinion, url: 'https://supreme.justia.com/cases/federal/us/596/21-147/', linkCheck: 'pattern' }, 'free copy at Justia, not the official reporter; link not yet opened by us'],
  ['the Court’s own PDF', { ...opinion, url: 'https://www.supremecourt.gov/opinions/24pdf/24-362_mjn0.pdf', linkCheck: 'pattern' }, 'the court’s own copy; link not yet opened by us'],
  ['Cornell LII is not the official code', { kind: 'statute', title: 28, section: '2680', url: 'https://www.law.cornell.edu/uscode/text/28/2680', linkCheck: 'pattern' }, 'free copy at Cornell’s Legal Information Institute, not the official text; link not yet opened by us'],
  ['a .gov page opened on a known day', { kind: 'agency', agency: 'ICE', title: 'OPR', date: 'undated', url: 'https://www.ice.gov/about-ice/opr', linkCheck: 'opened', lastChecked: '2026-11-29' }, 'government website; opened by us on November 29, 2026'],
  ['a news page', { kind: 'news', outlet: 'CBS News', title: 'T', date: '2025-03', url: 'https://www.cbsnews.com/news/x/', linkCheck: 'recorded' }, 'the news outlet’s page; read during our research, date not recorded'],
])('%s', (_label, fields, expected) => {
  expect(linkLabel(SourceSchema.parse(fields))).toBe(expected);
});

test('no label uses jargon', () => {
  const label = linkLabel(SourceSchema.parse({ ...opinion, url: 'https://supreme.justia.com/', linkCheck: 'pattern' }));
  expect(label).not.toMatch(/address scheme|pattern|official site/);
});
