/**
 * Characters that have no place in content: they are invisible, reorder the
 * text around them, or show that a file was not saved as UTF-8. A right-to-left
 * override (U+202E) can make "‮shtnom 6‬" display as "6 months", so a reviewer
 * would approve text that says something else.
 *
 * Refused: control characters except tab, line feed and carriage return
 * (Unicode category Cc), format characters such as bidirectional controls,
 * zero-width spaces and soft hyphens (Cf), private-use characters (Co), lone
 * surrogates (Cs), line and paragraph separators (Zl, Zp), non-characters, and
 * U+FFFD, which decoding puts where a file has bytes that are not UTF-8.
 */
const FORBIDDEN = /[\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\uFFFD\uFFFE\uFFFF\uFDD0-\uFDEF]|(?![\t\n\r])\p{Cc}/gu;

const NAMES: Record<number, string> = {
  0x00: 'null character',
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark, a bidirectional control',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark, a bidirectional control',
  0x200f: 'right-to-left mark, a bidirectional control',
  0x202a: 'left-to-right embedding, a bidirectional control',
  0x202b: 'right-to-left embedding, a bidirectional control',
  0x202c: 'pop directional formatting, a bidirectional control',
  0x202d: 'left-to-right override, a bidirectional control',
  0x202e: 'right-to-left override, a bidirectional control',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate, a bidirectional control',
  0x2067: 'right-to-left isolate, a bidirectional control',
  0x2068: 'first strong isolate, a bidirectional control',
  0x2069: 'pop directional isolate, a bidirectional control',
  0xfeff: 'zero-width no-break space (a byte order mark inside the text)',
  0xfffd: 'replacement character: the file has bytes that are not UTF-8',
};

/** One forbidden character, with its place counted from 1. */
export interface ForbiddenCharacter {
  index: number;
  line: number;
  column: number;
  /** "U+202E (right-to-left override, a bidirectional control)" */
  label: string;
}

/** "U+202E (right-to-left override, a bidirectional control)" for a code point. */
export function characterLabel(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[codePoint] ?? describeCategory(String.fromCodePoint(codePoint));
  return `U+${hex} (${name})`;
}

function describeCategory(char: string): string {
  if (/\p{Cc}/u.test(char)) return 'a control character';
  if (/\p{Co}/u.test(char)) return 'a private-use character';
  if (/\p{Cs}/u.test(char)) return 'half of a broken character pair';
  if (/[\uFDD0-\uFDEF\uFFFE\uFFFF]/u.test(char)) return 'a non-character';
  return 'an invisible formatting character';
}

/**
 * Every forbidden character in `text`, at most `limit` of them. A byte order
 * mark at the very start is allowed: some editors write one, and it is not text.
 */
export function findForbiddenCharacters(text: string, limit = 10): ForbiddenCharacter[] {
  const found: ForbiddenCharacter[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(FORBIDDEN)) {
    if (match.index === 0 && match[0] === '\uFEFF') continue;
    // Count lines incrementally so the scan stays linear in the text.
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    scanned = match.index;
    found.push({ index: match.index, line, column: match.index - lineStart + 1, label: characterLabel(match[0].codePointAt(0) ?? 0) });
    if (found.length >= limit) break;
  }
  return found;
}

/** The fix for a forbidden character, for the end of a message. */
export const FORBIDDEN_CHARACTER_FIX = 'Delete it: it is invisible or changes how the text around it displays (retype the words around it if unsure).';

/** A message for a forbidden character inside a value, e.g. a field or a link. */
export function forbiddenCharacterProblem(value: string): string | undefined {
  const [first] = findForbiddenCharacters(value, 1);
  return first === undefined ? undefined : `contains the invisible character ${first.label}. ${FORBIDDEN_CHARACTER_FIX}`;
}
