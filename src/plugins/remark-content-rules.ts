import type { Root } from 'mdast';
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { VFile } from 'vfile';
import { findHeadingProblems, findHiddenCharacters, findLinkProblems, findMarkerPlacementProblems, findStructureProblems, formatProblems } from '../lib/content/body-rules';
import { findForbiddenCharacters, FORBIDDEN_CHARACTER_FIX } from '../lib/content/characters';
import { contentErrorMessage } from '../lib/sources/read';

/**
 * Checks the rules a section body must follow (src/lib/content/body-rules.ts),
 * each a mistake that would otherwise ship silently or mislead a reader:
 * - links go to https:// pages or paths on this site; images are files in
 *   public/ with alt text;
 * - headings start at h2, differ from each other, and never take an id the
 *   layout uses (`sources`, `main`, `source-…`);
 * - no citation marker inside link text or a heading, no footnotes, no
 *   task-list checkboxes, no deep nesting, no invisible characters.
 * Transforms nothing: on a problem it fails the build naming the file and line.
 */
export function remarkContentRules(options: { root?: string } = {}) {
  const publicFileExists =
    options.root === undefined
      ? undefined
      : (path: string) => {
          const target = join(options.root ?? '', 'public', path);
          return existsSync(target) && statSync(target).isFile();
        };
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '');
    const problems = [
      ...findForbiddenCharacters(source).map((found) => ({ line: found.line, message: `column ${found.column} holds the invisible character ${found.label}. ${FORBIDDEN_CHARACTER_FIX}` })),
      ...findStructureProblems(tree),
      ...findHeadingProblems(tree),
      ...findMarkerPlacementProblems(tree),
      ...findLinkProblems(tree, { publicFileExists }),
      ...findHiddenCharacters(tree, source),
    ];
    if (problems.length === 0) return;
    const where = file.path ? relative(options.root ?? process.cwd(), file.path) : 'an MDX file';
    throw new Error(contentErrorMessage('Invalid section content', formatProblems(where, problems)));
  };
}
