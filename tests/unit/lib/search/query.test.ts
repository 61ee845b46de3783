import { describe, expect, test } from 'vitest';
import { isFillerWord, MAX_QUERY_LENGTH, normalizeQuery, relaxQuery, searchQuery, withHighlight } from '../../../../src/lib/search/query';
import { searchFields } from '../../../../src/lib/search/fields';
import { SourceSchema, type KeyedSource } from '../../../../src/schemas/source';

describe('normalizeQuery makes legal spellings equal', () => {
  test.each([
    ['§ 1983', '1983'],
    ['§1983', '1983'],
    ['section 1983', '1983'],
    ['Section 1983 claim', '1983 claim'],
    ['42 U.S.C. § 1983', '1983'],
    ['42 USC 1983', '1983'],
    ['sec. 2680(h)', '2680(h)'],
    ['SF-95', 'SF-95'],
    ['SF 95', 'SF-95'],
    ['sf95', 'SF-95'],
    ['Standard Form 95', 'SF-95'],
    ['standard form-95 deadline', 'SF-95 deadline'],
    ['form i 205', 'I-205'],
    ['I200', 'I-200'],
    ['287g', '287(g)'],
    ['287 (g) officer', '287(g) officer'],
    ['  FTCA   deadline ', 'FTCA deadline'],
    ['Bivens', 'Bivens'],
  ])('%s → %s', (raw, expected) => expect(normalizeQuery(raw)).toBe(expected));

  test.each([['?!.,;:'], ['   '], ['§'], ['—']])('punctuation only (%j) leaves nothing to search', (raw) => {
    expect(normalizeQuery(raw)).toBe('');
  });

  test('very long input is cut, not rejected', () => {
    expect(normalizeQuery('a'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
  });

  test('markup is just text to search for', () => {
    expect(normalizeQuery('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

test.each([
  ['can ICE enter my home', 'ICE enter home'],
  ['who can I sue', 'sue'],
  ['FTCA deadline', null],
  ['who is it', null],
])('relaxQuery(%j)', (query, expected) => expect(relaxQuery(query)).toBe(expected));

test.each([
  ['/sections/ftca/', 'FTCA', '/sections/ftca/?highlight=FTCA'],
  ['/sections/ftca/#the-proviso', 'law enforcement', '/sections/ftca/?highlight=law%20enforcement#the-proviso'],
  ['/s/?a=1#x', '§ 1983', '/s/?a=1&highlight=1983#x'],
  ['/sections/ftca/', '?!', '/sections/ftca/'],
  ['/sections/short-answer/', 'can I sue the officer', '/sections/short-answer/?highlight=sue%20officer'],
])('withHighlight(%s, %s)', (url, query, expected) => expect(withHighlight(url, query)).toBe(expected));

test.each([
  ['can I sue the officer', 'sue officer'],
  ['can ice enter my home', 'ice enter home'],
  ['how much money', 'money damages'],
  ['money damages', 'money damages'],
  ['§ 1983', '1983'],
  ['who is it', 'who is it'],
  ['   ', ''],
])('searchQuery(%j)', (raw, expected) => expect(searchQuery(raw)).toBe(expected));

test('filler words are recognised with punctuation around them, subject words are not', () => {
  for (const word of ['the', 'It', 'is,', 'can', '“the']) expect(isFillerWord(word), word).toBe(true);
  for (const word of ['ICE', 'officer', 'warrant', 'sue']) expect(isFillerWord(word), word).toBe(false);
});

test('searchFields: aliases, cited short names once each, readable filters', () => {
  const make = (fields: Record<string, unknown>, key: string): KeyedSource => ({
    ...SourceSchema.parse({ url: 'https://www.law.cornell.edu/', linkCheck: 'pattern', ...fields }),
    key,
  });
  const sources = [
    make({ kind: 'case', name: 'Egbert v. Boule', reporter: '596 U.S. 482', court: 'U.S.', decided: '2022', shortName: 'Egbert' }, 'egbert'),
    make({ kind: 'statute', title: 28, section: '2680', shortName: 'FTCA' }, 'a'),
    make({ kind: 'statute', title: 28, section: '1346', shortName: 'FTCA' }, 'b'),
    make({ kind: 'statute', title: 28, section: '2402' }, 'c'),
  ];
  expect(searchFields({ aliases: ['official capacity'], topics: ['ftca', 'bivens'] }, sources)).toEqual({
    aliases: ['official capacity'],
    sourceNames: ['Egbert', 'FTCA'],
    topics: ['Suing the United States (FTCA)', 'Bivens claims'],
    sourceKinds: ['Cases', 'Statutes'],
  });
});
