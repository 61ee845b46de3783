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
