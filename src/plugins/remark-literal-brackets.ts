import type { Processor } from 'unified';
import { literalBracketsFromMarkdown } from '../lib/content/literal-brackets';

/**
 * Lets an editor write a literal citation-like bracket: `\[@key]` (or
 * `&#91;@key]`) shows "[@key]" instead of becoming a citation marker.
 *
 * ```md
 * Pandoc writes citations as \[@key].
 * ```
 * becomes
 * ```html
 * <p>Pandoc writes citations as [@key].</p>
 * ```
 * It changes how Markdown is read, so it works wherever it is registered.
 */
export function remarkLiteralBrackets(this: Processor) {
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).push(literalBracketsFromMarkdown);
}
