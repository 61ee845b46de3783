import { describe, expect, test } from 'vitest';
import { characterLabel, findForbiddenCharacters } from '../../../../src/lib/content/characters';

describe('findForbiddenCharacters', () => {
  test.each([
    ['\u202A'], ['\u202B'], ['\u202C'], ['\u202D'], ['\u202E'], ['\u2066'], ['\u2067'], ['\u2068'], ['\u2069'], ['\u200E'], ['\u200F'], ['\u061C'],
    ['\u200B'], ['\u200C'], ['\u200D'], ['\u2060'], ['\u00AD'], ['\uFEFF'], ['\u0000'], ['\u0007'], ['\u001B'], ['\u007F'], ['\u0085'], ['\u009B'],
    ['\u2028'], ['\u2029'], ['\uE000'], ['\u{F0000}'], ['\u{E0041}'], ['\uFFFD'], ['\uFFFE'], ['\uFDD0'], ['\uD800'],
  ])('refuses U+%s', (char) => {
    const [found] = findForbiddenCharacters(`ab\ncd${char}ef`);
    expect(found).toMatchObject({ line: 2, column: 3 });
    expect(found?.label).toMatch(/^U\+[0-9A-F]{4,5} \(/);
  });

  test('allows ordinary text: tabs, CRLF, accents, §, dashes, no-break spaces, curly quotes, a leading byte order mark', () => {
    expect(findForbiddenCharacters('\uFEFF¿Quién paga? § 1983 – “sí”\u00A0ñ\tx\r\n…')).toEqual([]);
  });

  test('names the character and what it does', () => {
    expect(characterLabel(0x202e)).toBe('U+202E (right-to-left override, a bidirectional control)');
    expect(characterLabel(0xe0041)).toBe('U+E0041 (an invisible formatting character)');
    expect(characterLabel(0xe000)).toBe('U+E000 (a private-use character)');
  });

  test('stops at the limit and stays linear', () => {
    const text = `${'a\n'.repeat(100_000)}\u202E`.repeat(20);
    expect(findForbiddenCharacters(text, 5)).toHaveLength(5);
    expect(findForbiddenCharacters(text, 5)[1]?.line).toBe(200_001);
  });
});
