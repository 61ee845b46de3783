import { describe, expect, test } from 'vitest';
import { SectionSchema, SUMMARY_MAX_CHARS } from '../../../src/schemas/section';

const valid = {
  title: 'Two routes',
  slug: 'two-routes',
  summary: 'Most claims go against the United States. Suing the agent personally is much harder.',
  order: 2,
  currentAsOf: '2026-06-01',
  lastReviewed: '2026-11-28',
  topics: ['ftca', 'personal-liability'],
  aliases: ['official capacity'],
  sources: ['usc-28-1346', 'usc-28-2679'],
};

function problems(input: unknown): string[] {
  const result = SectionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('a valid section parses, with dates as Date objects', () => {
  const parsed = SectionSchema.parse(valid);
  expect(parsed.currentAsOf).toEqual(new Date('2026-06-01T00:00:00Z'));
  expect(parsed.aliases).toEqual(['official capacity']);
});

test('aliases default to an empty list', () => {
  expect(SectionSchema.parse({ ...valid, aliases: undefined }).aliases).toEqual([]);
});

test('a summary may mention "Egbert v. Boule" without counting as two sentences', () => {
  expect(problems({ ...valid, summary: 'Since Egbert v. Boule in 2022, courts refuse most claims. Few officers pay.' })).toEqual([]);
});

describe('invalid sections name the field and the fix', () => {
  test.each([
    ['missing title', { ...valid, title: undefined }, 'title: Add a title'],
    ['slug with capitals', { ...valid, slug: 'Two-Routes' }, 'slug: Slugs are kebab-case'],
    ['slug with spaces', { ...valid, slug: 'two routes' }, 'slug: Slugs are kebab-case'],
    ['missing slug', { ...valid, slug: undefined }, 'slug: Add slug'],
    ['three-sentence summary', { ...valid, summary: 'One. Two. Three.' }, 'summary: Keep the summary to one or two sentences.'],
    ['summary too long', { ...valid, summary: 'a'.repeat(SUMMARY_MAX_CHARS + 1) }, 'summary: Keep the summary under'],
    ['order zero', { ...valid, order: 0 }, 'order: order starts at 1.'],
    ['order not a whole number', { ...valid, order: 1.5 }, 'order: Give order as a whole number'],
    ['invalid currentAsOf', { ...valid, currentAsOf: '2026-02-31' }, 'currentAsOf: "2026-02-31" is not a real date'],
    ['currentAsOf after lastReviewed', { ...valid, currentAsOf: '2026-12-01' }, 'currentAsOf: currentAsOf is later than lastReviewed'],
    ['unknown topic', { ...valid, topics: ['ftca', 'immigration'] }, 'topics.1: Unknown topic. Use one of:'],
    ['no topics', { ...valid, topics: [] }, 'topics: List at least one topic'],
    ['no sources', { ...valid, sources: [] }, 'sources: List at least one source key'],
    ['source listed twice', { ...valid, sources: ['usc-28-1346', 'usc-28-1346'] }, 'sources: "usc-28-1346" is listed twice'],
    ['source key not kebab-case', { ...valid, sources: ['USC 28 1346'] }, 'sources.0: Keys are kebab-case'],
    ['empty alias', { ...valid, aliases: [''] }, 'aliases.0: Remove empty aliases.'],
  ])('%s', (_label, input, expected) => {
    expect(problems(input).join('\n')).toContain(expected);
  });
});

describe('strict and bounded', () => {
  test.each([
    ['an unknown field', { ...valid, draft: true }, ': Unrecognized key: "draft"'],
    ['a misspelled field', { ...valid, lastreviewed: '2026-11-28' }, 'Unrecognized key: "lastreviewed"'],
    ['a timestamp', { ...valid, currentAsOf: '2026-06-01T00:00:00Z' }, 'currentAsOf: "2026-06-01T00:00:00Z" is not a plain calendar date'],
    ['a Date object', { ...valid, currentAsOf: new Date('2026-06-01') }, 'currentAsOf: Write the date as YYYY-MM-DD'],
    ['a marker in the title', { ...valid, title: 'Title [@key]' }, 'title: contains a citation marker'],
    ['a malformed marker in the summary', { ...valid, summary: 'Summary [@Key' }, 'summary: contains a citation marker'],
    ['a marker in an alias', { ...valid, aliases: ['x [@key]'] }, 'aliases.0: contains a citation marker'],
    ['a long alias', { ...valid, aliases: ['x'.repeat(81)] }, 'aliases.0: Keep each alias to 80 characters or fewer'],
    ['too many aliases', { ...valid, aliases: Array.from({ length: 41 }, (_, i) => `alias ${i}`) }, 'aliases: Give at most 40 aliases'],
    ['too many sources', { ...valid, sources: Array.from({ length: 101 }, (_, i) => `key-${i}`) }, 'sources: List at most 100 sources'],
    ['topics as text', { ...valid, topics: 'ftca' }, 'topics: List topics in brackets, e.g. [ftca]'],
    ['a reserved anchor alias', { ...valid, anchorAliases: { sources: 'in-brief' } }, 'anchorAliases.sources: Invalid key in record'],
    ['too many anchor aliases', { ...valid, anchorAliases: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`old-${i}`, 'in-brief'])) }, 'anchorAliases: Keep at most 50 anchor aliases.'],
  ])('%s', (_label, input, expected) => {
    expect(problems(input).join('\n')).toContain(expected);
  });
});
