import { describe, expect, test } from 'vitest';
import { scanMarkers } from '../../../../src/lib/citations/markers';

describe('well-formed markers', () => {
  test.each([
    ['one key', 'Courts refused [@egbert-v-boule].', [[{ key: 'egbert-v-boule' }]]],
    ['a pinpoint', 'See [@egbert-v-boule, at 492].', [[{ key: 'egbert-v-boule', locator: 'at 492' }]]],
    ['two keys', 'Both [@usc-28-2680; @millbrook-v-united-states].', [[{ key: 'usc-28-2680' }, { key: 'millbrook-v-united-states' }]]],
    ['spaces inside', 'X [ @a-b ;  @c , at 3 ].', [[{ key: 'a-b' }, { key: 'c', locator: 'at 3' }]]],
    ['two markers', 'A [@a]. B [@b].', [[{ key: 'a' }], [{ key: 'b' }]]],
    ['digits', 'C [@usc-42-1983].', [[{ key: 'usc-42-1983' }]]],
    ['a pinpoint with a comma', 'D [@a, at 492, 494].', [[{ key: 'a', locator: 'at 492, 494' }]]],
  ])('%s', (_label, text, refs) => {
    const { markers, malformed } = scanMarkers(text);
    expect(malformed).toEqual([]);
    expect(markers.map((marker) => marker.refs)).toEqual(refs);
  });

  test('reports where each marker starts and ends', () => {
    const text = 'A [@a] B';
    const [marker] = scanMarkers(text).markers;
    expect(marker && text.slice(marker.start, marker.end)).toBe('[@a]');
  });

  test.each([
    ['an e-mail address', 'Write to claims@ice.dhs.gov today.'],
    ['a plain bracket', 'The [sic] text and [1] numbers.'],
    ['an @ inside a word in brackets', 'The [foo@bar] case.'],
  ])('ignores %s', (_label, text) => {
    expect(scanMarkers(text)).toEqual({ markers: [], malformed: [] });
  });
});

describe('malformed markers are reported, never left as text', () => {
  test.each([
    ['capital letters', '[@Egbert]', 'is not a kebab-case key'],
    ['underscore', '[@egbert_v_boule]', 'is not a kebab-case key'],
    ['double hyphen', '[@egbert--boule]', 'is not a kebab-case key'],
    ['empty key', '[@]', 'is not a kebab-case key'],
    ['missing @ on the second key', '[@a; b]', '"b" does not start with @'],
    ['prefix words', '[see @egbert-v-boule]', 'has words before the @'],
    ['empty entry', '[@a;]', 'empty entry between semicolons'],
    ['comma without pinpoint', '[@a,]', 'has a comma but no pinpoint'],
    ['unclosed', 'Text [@egbert-v-boule and more', 'no closing bracket'],
  ])('%s', (_label, text, problem) => {
    const { markers, malformed } = scanMarkers(text);
    expect(markers).toEqual([]);
    expect(malformed).toHaveLength(1);
    expect(malformed[0]?.problem).toContain(problem);
  });
});
