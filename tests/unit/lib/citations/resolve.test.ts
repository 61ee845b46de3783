import { describe, expect, test } from 'vitest';
import { citationId, isNumberedSourceList, resolveCitations, sourceEntryId } from '../../../../src/lib/citations/resolve';

const known = new Set(['a', 'b', 'c']);

describe('resolveCitations', () => {
  test('numbers sources by first citation and records every place', () => {
    const { sources, errors } = resolveCitations({
      cited: [{ key: 'b' }, { key: 'a', locator: 'at 5' }, { key: 'b' }],
      listed: ['a', 'b'],
      known,
    });
    expect(errors).toEqual([]);
    expect(sources).toEqual([
      { key: 'b', number: 1, citedAt: [{ id: 'cite-b-1' }, { id: 'cite-b-2' }] },
      { key: 'a', number: 2, citedAt: [{ id: 'cite-a-1', locator: 'at 5' }] },
    ]);
  });

  test.each([
    ['unknown key in the body', { cited: [{ key: 'zzz' }], listed: ['zzz'] }, 'Unknown source key "zzz" in [@zzz]. Fix the spelling, or add a "zzz" entry'],
    ['cited but not listed', { cited: [{ key: 'a' }, { key: 'b' }], listed: ['a'] }, '"b" is cited in the text but missing from the frontmatter "sources" list. Add "b" to sources.'],
    ['listed but never cited', { cited: [{ key: 'a' }], listed: ['a', 'c'] }, '"c" is listed in the frontmatter "sources" but never cited.'],
    ['listed but unknown', { cited: [{ key: 'a' }], listed: ['a', 'nope'] }, 'The frontmatter "sources" list names "nope", which is not a known source.'],
  ])('%s', (_label, input, expected) => {
    const { errors } = resolveCitations({ ...input, known });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(expected);
  });
});

test('ids', () => {
  expect(sourceEntryId('egbert-v-boule')).toBe('source-egbert-v-boule');
  expect(citationId('egbert-v-boule', 2)).toBe('cite-egbert-v-boule-2');
});

test.each([
  [[{ key: 'a', number: 1, citedAt: [] }], true],
  [[], true],
  [undefined, false],
  [[{ key: 'a' }], false],
  ['a', false],
])('isNumberedSourceList(%j)', (value, expected) => {
  expect(isNumberedSourceList(value)).toBe(expected);
});
