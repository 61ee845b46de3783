import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkLiteralBrackets } from '../../plugins/remark-literal-brackets';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkLiteralBrackets).freeze();

/** Deepest nesting of quotes, lists and components before parsing is refused. */
export const MAX_NESTING = 12;

const OPENING_TAG = /^\s*<[A-Za-z][\w.:-]*(?:\s[^<>]*)?(?<!\/)>\s*$/;
const CLOSING_TAG = /^\s*<\/[A-Za-z][\w.:-]*\s*>\s*$/;

/**
 * The Markdown parser's cost grows faster than linearly with the depth of
 * nested quotes and lists (a few thousand `>` on one line take minutes, then
 * overflow the stack), so depth is measured line by line first: container
 * markers at the start of a line, its indentation, and open component tags.
 * Returns the first line that is too deep.
 */
export function findDeepNesting(body: string): number | undefined {
  let open = 0;
  let line = 0;
  let fence: string | undefined;
  for (const text of body.split('\n')) {
    line += 1;
    // Inside a fenced code block indentation is text, not nesting.
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker !== undefined) fence = marker;
    let depth = 0;
    let indent = 0;
    let i = 0;
    while (i < text.length && depth <= MAX_NESTING) {
      const char = text[i];
      if (char === ' ') indent += 1;
      else if (char === '\t') indent += 4;
      else if (char === '>') depth += 1;
      else if ((char === '-' || char === '*' || char === '+') && /[ \t]/.test(text[i + 1] ?? '')) depth += 1;
      else {
        const number = /^\d{1,9}[.)][ \t]/.exec(text.slice(i, i + 11));
        if (number === null) break;
        depth += 1;
        i += number[0].length - 1;
      }
      i += 1;
    }
    if (OPENING_TAG.test(text)) open += 1;
    else if (CLOSING_TAG.test(text)) open = Math.max(0, open - 1);
    if (depth + Math.floor(indent / 4) + open > MAX_NESTING) return line;
  }
  return undefined;
}

/**
 * Characters whose long runs make the parser slow (link labels, emphasis
 * delimiters, code spans), with limits far above what a section needs: the
 * most any section uses today is about 100 "[", 150 "*" and no "_" or "`".
 */
const CHARACTER_LIMITS: ReadonlyArray<{ chars: string; limit: number; what: string }> = [
  { chars: '[', limit: 1_000, what: '"[" characters, far more than citations and links need' },
  { chars: '*_', limit: 3_000, what: '"*" and "_" characters, far more than emphasis needs' },
  { chars: '`', limit: 1_000, what: '"`" characters, far more than code needs' },
];
export const MAX_TABLE_ROWS = 500;

/**
 * Shapes of input on which the Markdown parser slows down far more than their
 * size suggests (deep nesting; thousands of "[" or table rows take tens of
 * seconds), refused before parsing so a hostile file cannot stall the build.
 */
export function findParserHazards(body: string): { line: number; problem: string } | undefined {
  const nested = findDeepNesting(body);
  if (nested !== undefined) return { line: nested, problem: `this line nests lists, quotes or components more than ${MAX_NESTING} levels deep, which no reader can follow. Flatten it.` };
  const counts = CHARACTER_LIMITS.map(() => 0);
  let rows = 0;
  let line = 1;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i] ?? '';
    if (char === '\n') {
      line += 1;
      if (body[i + 1] === '|' && ++rows > MAX_TABLE_ROWS) return { line, problem: `the tables have more than ${MAX_TABLE_ROWS} rows. Split the table or the section.` };
      continue;
    }
    for (const [index, rule] of CHARACTER_LIMITS.entries()) {
      if (!rule.chars.includes(char)) continue;
      counts[index] = (counts[index] ?? 0) + 1;
      if ((counts[index] ?? 0) > rule.limit) return { line, problem: `the body has more than ${rule.limit} ${rule.what}. Split the section, or remove the stray characters.` };
    }
  }
  return undefined;
}

export type ParsedBody = { ok: true; tree: Root } | { ok: false; line: number; problem: string };

/**
 * Parses a section body the way the MDX compiler will (MDX, GFM, literal
 * brackets), without compiling or running anything. A syntax error becomes a
 * message with its line and the usual fix: in MDX `<` starts a component and
 * `{` starts code, so a literal one is written `\<` or `\{`.
 */
export function parseSectionBody(body: string): ParsedBody {
  const hazard = findParserHazards(body);
  if (hazard !== undefined) return { ok: false, ...hazard };
  try {
    return { ok: true, tree: parser.parse(body) };
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = (place.reason ?? place.message ?? String(error)).split('\n')[0]?.replace(/\.$/, '') ?? 'unreadable MDX';
    const fix = /html|comment|<!/i.test(reason)
      ? 'HTML comments and raw HTML are not allowed in a section: remove them.'
      : 'In a section "<" starts a component and "{" starts code: to show either as text write "\\<" or "\\{", and close every <Component>.';
    return { ok: false, line: place.line ?? 1, problem: `the body cannot be read as MDX: ${reason}${place.column ? ` (column ${place.column})` : ''}. ${fix}` };
  }
}
