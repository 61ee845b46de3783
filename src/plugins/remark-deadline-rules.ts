import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { clockWarningProblem, missingClockWarnings } from '../lib/deadlines';
import { langOfContentFile } from '../i18n/languages';
import { stripMarkers, visibleText } from '../lib/plain-text';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Deadline safety as a build rule (see src/lib/deadlines.ts). Every place that
 * states the FTCA clock must carry both warnings: the section's `summary`, each
 * `<Deadlines>` box, and each table (with the paragraph right after it, where a
 * note under a table belongs).
 *
 * ```mdx
 * <Deadlines>
 * - A written claim must reach the agency within two years [@usc-28-2401].
 * </Deadlines>
 * ```
 * fails: the box names the clock but not the shorter clocks it does not pause, or
 * that a mailed denial starts the six months. Transforms nothing.
 */
export function remarkDeadlineRules(options: { root?: string; lang?: string } = {}) {
  return (tree: Root, file: VFile) => {
    // A translation (content/es/…) is held to the same rule in its own words.
    const lang = options.lang ?? (file.path ? langOfContentFile(file.path) : 'en');
    const where = file.path ? relative(options.root ?? process.cwd(), file.path) : 'an MDX file';
    const problems: string[] = [];
    const check = (text: string, place: string) => {
      const missing = missingClockWarnings(stripMarkers(text), lang);
      if (missing.length > 0) problems.push(clockWarningProblem(place, missing, lang));
    };

    const summary = (file.data as AstroData).astro?.frontmatter?.['summary'];
    if (typeof summary === 'string') check(summary, 'field "summary"');

    visit(tree, (node, index, parent) => {
      const line = node.position?.start.line ?? '?';
      if (node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'Deadlines') {
        const element = node as MdxJsxFlowElement;
        const title = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title');
        const titleText = title && typeof title.value === 'string' ? `${title.value}. ` : '';
        check(titleText + element.children.map((child) => visibleText(child as RootContent)).join(' '), `line ${line}: the <Deadlines> box`);
      }
      if (node.type === 'table') {
        const next = parent !== undefined && index !== undefined ? parent.children[index + 1] : undefined;
        const note = next !== undefined && next.type === 'paragraph' ? ` ${visibleText(next)}` : '';
        check(visibleText(node) + note, `line ${line}: the table`);
      }
    });

    if (problems.length > 0) {
      throw new Error(`${where}: deadline warning missing:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
  };
}
