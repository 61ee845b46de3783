import type { Root } from 'mdast';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { findCode, findComponentProblems, formatProblems } from '../lib/content/body-rules';
import { contentErrorMessage } from '../lib/sources/read';

/**
 * Refuses code and checks every JSX element in a section against the allowed
 * components and their attribute values (src/schemas/components.ts).
 * `import`/`export` statements and `{…}` expressions are refused here, at
 * compile time, before the compiled page module could ever be evaluated (the
 * sections loader has already refused them at content sync). Raw HTML such as
 * `<script>` or `<div onclick>` is refused too: sections are Markdown plus
 * these components, nothing else.
 *
 * ```mdx
 * <Status is="settled" /> The FTCA bars punitive damages [@usc-28-2674].
 * ```
 * passes; `<Status is="setled" />` or `export const x = …` fails with the file,
 * line and fix.
 */
export function remarkMdxComponents(options: { root?: string } = {}) {
  return (tree: Root, file: VFile) => {
    const problems = [...findCode(tree), ...findComponentProblems(tree)];
    if (problems.length === 0) return;
    const where = file.path ? relative(options.root ?? process.cwd(), file.path) : 'an MDX file';
    throw new Error(contentErrorMessage('Invalid section content', formatProblems(where, problems)));
  };
}
