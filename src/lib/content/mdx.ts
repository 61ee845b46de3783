import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkLiteralBrackets } from '../../plugins/remark-literal-brackets';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkLiteralBrackets).freeze();

export type ParsedBody = { ok: true; tree: Root } | { ok: false; line: number; problem: string };

/**
 * Parses a section body the way the MDX compiler will (MDX, GFM, literal
 * brackets), without compiling or running anything. A syntax error becomes a
 * message with its line and the usual fix: in MDX `<` starts a component and
 * `{` starts code, so a literal one is written `\<` or `\{`.
 */
export function parseSectionBody(body: string): ParsedBody {
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
