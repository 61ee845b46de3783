import { KEY_PATTERN } from '../../schemas/fields';

/** One cited source inside a marker: `@key` with an optional pinpoint, e.g. "at 492". */
export interface CitationRef {
  key: string;
  locator?: string;
}

/** A well-formed marker found in a run of text. */
export interface Marker {
  start: number;
  end: number;
  raw: string;
  refs: CitationRef[];
}

/** A bracketed run that looks like a citation but does not follow the syntax. */
export interface MalformedMarker {
  start: number;
  raw: string;
  problem: string;
}

export interface ScanResult {
  markers: Marker[];
  malformed: MalformedMarker[];
}

export const MARKER_SYNTAX = 'Write [@key], [@key, at 492] or [@key-one; @key-two], with kebab-case keys';

// Inside a bracket, an "@" that starts a word: "[@key]", "[see @key]".
const CITES = /(?:^|[\s;])@/;
const ITEM = /^@(\S*?)(?:\s*,\s*(.*))?$/s;

function parseItem(item: string): CitationRef | string {
  const match = ITEM.exec(item);
  if (match === null) {
    return item.includes('@') ? `"${item}" has words before the @. Put other words outside the brackets.` : `"${item}" does not start with @.`;
  }
  const key = match[1] ?? '';
  const locator = match[2]?.trim();
  if (!KEY_PATTERN.test(key)) return `"@${key}" is not a kebab-case key (lower-case letters and digits joined by single hyphens).`;
  if (locator !== undefined && locator.length === 0) return `"${item}" has a comma but no pinpoint after it. Remove the comma or add the pinpoint, e.g. "at 492".`;
  return locator === undefined ? { key } : { key, locator };
}

/**
 * Finds Pandoc-style citation markers in plain text:
 * `[@egbert-v-boule]`, `[@egbert-v-boule, at 492]`, `[@usc-28-2680; @millbrook-v-united-states]`.
 * Anything that opens like a marker but breaks the syntax is reported, never left as text.
 * One pass over the text, so a long line of "[ @ @ @" costs no more than any other.
 */
export function scanMarkers(text: string): ScanResult {
  const markers: Marker[] = [];
  const malformed: MalformedMarker[] = [];
  let start = text.indexOf('[');
  while (start !== -1) {
    // The next bracket of either kind ends this one's content; nothing is scanned twice.
    let end = start + 1;
    while (end < text.length && text[end] !== '[' && text[end] !== ']') end += 1;
    const inner = text.slice(start + 1, end);
    if (text[end] === ']' && CITES.test(inner)) {
      const raw = text.slice(start, end + 1);
      const refs: CitationRef[] = [];
      const problems: string[] = [];
      for (const item of inner.trim().split(';').map((part) => part.trim())) {
        if (item.length === 0) {
          problems.push('It has an empty entry between semicolons.');
          continue;
        }
        const parsed = parseItem(item);
        if (typeof parsed === 'string') problems.push(parsed);
        else refs.push(parsed);
      }
      if (problems.length > 0) malformed.push({ start, raw, problem: problems.join(' ') });
      else markers.push({ start, end: end + 1, raw, refs });
    } else if (/^\s*@/.test(inner)) {
      // "[@key" with no closing bracket in the same run of text.
      malformed.push({
        start,
        raw: text.slice(start, start + 40).split('\n')[0] ?? '',
        problem: 'It has no closing bracket, or formatting (italics, links) inside it. Close it with "]" and keep it plain text.',
      });
    }
    start = text[end] === '[' ? end : text.indexOf('[', end + 1);
  }
  return { markers, malformed };
}
