import { describe, expect, test } from 'vitest';
import { findChangeProblems, groupByDay, latestChanges, withIds } from '../../../src/lib/changes';
import { readChanges } from '../../../src/loaders/changes';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const entry = (over: Record<string, unknown> = {}) => ({
  date: day('2026-11-29'),
  section: 'filing-an-ftca-claim',
  kind: 'correction' as const,
  what: 'The box now says the six months run from a mailed denial.',
  why: 'It said a claimant could wait indefinitely.',
  sources: ['usc-28-2401'],
  review: ['G1'],
  line: 1,
  ...over,
});
const sections = [{ slug: 'filing-an-ftca-claim', ids: new Set(['deadlines', 'settling-the-claim']) }];
const known = new Set(['usc-28-2401']);
const today = day('2026-11-29');

describe('withIds', () => {
  test('numbers entries of one day and section in file order', () => {
    const ids = withIds([entry(), entry({ section: 'ftca' }), entry(), entry({ date: day('2026-12-01') })]).map((e) => e.id);
    expect(ids).toEqual(['2026-11-29-filing-an-ftca-claim-1', '2026-11-29-ftca-1', '2026-11-29-filing-an-ftca-claim-2', '2026-12-01-filing-an-ftca-claim-1']);
  });
});

describe('findChangeProblems', () => {
  test('a valid entry passes', () => {
    expect(findChangeProblems(withIds([entry({ anchor: 'deadlines' })]), sections, known, today)).toEqual([]);
  });

  test.each([
    [{ section: 'no-such-section' }, 'field "section": there is no section "no-such-section"'],
    [{ anchor: 'deadline' }, 'field "anchor": "deadline" is not a heading id on /sections/filing-an-ftca-claim/'],
    [{ date: day('2026-11-30') }, 'field "date": 2026-11-30 is in the future'],
    [{ date: day('2026-06-01') }, 'field "date": 2026-06-01 is before the site was first published'],
    [{ sources: ['unknown-key'] }, 'field "sources": "unknown-key" is not a known source'],
    [{ sources: [] }, 'a correction needs the sources that support the new text'],
  ])('%o is reported', (over, message) => {
    const problems = findChangeProblems(withIds([entry({ line: 12, ...over })]), sections, known, today);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/changes.yaml:12: ');
    expect(problems[0]).toContain(message);
  });

  test('a clarification may stand without sources', () => {
    expect(findChangeProblems(withIds([entry({ kind: 'clarification', sources: [] })]), sections, known, today)).toEqual([]);
  });
});

describe('latestChanges and groupByDay', () => {
  const log = withIds([entry({ what: 'a' }), entry({ date: day('2026-12-02'), what: 'b' }), entry({ section: 'ftca', date: day('2026-12-03') }), entry({ date: day('2026-12-02'), what: 'c' })]);
  test('the newest day of a section, with all of that day', () => {
    const latest = latestChanges(log, 'filing-an-ftca-claim');
    expect(latest?.date).toEqual(day('2026-12-02'));
    expect(latest?.entries.map((e) => e.what)).toEqual(['b', 'c']);
    expect(latestChanges(log, 'glossary')).toBeUndefined();
  });
  test('log order is file order, even when entries arrive sorted by id', () => {
    const many = withIds(Array.from({ length: 11 }, (_, i) => entry({ what: `w${i + 1}`, line: i + 1 })));
    const byId = [...many].sort((a, b) => a.id.localeCompare(b.id));
    expect(latestChanges(byId, 'filing-an-ftca-claim')?.entries.at(-1)?.what).toBe('w11');
    expect(groupByDay(byId)[0]?.entries.map((e) => e.what)).toEqual(many.map((e) => e.what));
  });
  test('days newest first', () => {
    expect(groupByDay(log).map((d) => [d.date.toISOString().slice(0, 10), d.entries.length])).toEqual([
      ['2026-12-03', 1],
      ['2026-12-02', 2],
      ['2026-11-29', 1],
    ]);
  });
});

describe('readChanges (content/changes.yaml)', () => {
  const good = `# log\n- date: 2026-11-29\n  section: ftca\n  kind: update\n  what: "New text."\n  why: "A new ruling."\n  sources: [usc-28-2680]\n`;
  test('reads entries with their lines', () => {
    const { items, errors } = readChanges(good);
    expect(errors).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]?.line).toBe(2);
    expect(items[0]?.date).toEqual(day('2026-11-29'));
    expect(items[0]?.review).toEqual([]);
  });
  test('an empty log is empty', () => expect(readChanges('# nothing yet\n')).toEqual({ items: [], errors: [] }));
  test.each([
    [good.replace('kind: update', 'kind: fix'), 'entry 1, field "kind": Set kind to one of: correction, update, addition, clarification'],
    [good.replace('2026-11-29', '2026-02-30'), 'field "date": "2026-02-30" is not a real date'],
    [good.replace('  why: "A new ruling."\n', ''), 'field "why": Add why it changed'],
    [good.replace('  sources:', '  sourcse:'), 'entry 1, field "sourcse": unknown field. Did you mean "sources"?'],
    [good.replace('  sources: [usc-28-2680]\n', '  sources: &s [usc-28-2680]\n') + '- date: 2026-11-29\n  section: ftca\n  kind: update\n  what: "x"\n  why: "y"\n  sources: *s\n', 'the alias "*s" repeats a value from elsewhere in the file. Aliases are not allowed'],
    ['section: ftca\n', 'the log is a list'],
    ['- date: 2026-11-29\n  date: 2026-11-30\n', 'entry 1, field "date" is given twice (first on line 1)'],
  ])('%#: a bad log names the line, the field and the fix', (text, message) => {
    const { errors } = readChanges(text);
    expect(errors.join('\n')).toContain(message);
    expect(errors[0]).toMatch(/^content\/changes\.yaml:\d+: /);
  });
});
