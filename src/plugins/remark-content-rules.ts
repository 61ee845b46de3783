import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { headingSlug } from '../lib/slug';

/**
 * Checks rules a section body must follow, each an editor mistake that would
 * otherwise ship silently:
 * - no `javascript:`, `data:` or `vbscript:` link targets;
 * - every image has alt text;
 * - no two h2/h3 headings with the same text (their anchors would be `x` and
 *   `x-1`, and a shared link to the second would break if the first moved).
 * Transforms nothing: on a problem it fails the build naming the file and line.
 */
export function remarkContentRules(options: { root?: string } = {}) {
  return (tree: Root, file: VFile) => {
    const where = file.path ? relative(options.root ?? process.cwd(), file.path) : 'an MDX file';
    const problems: string[] = [];
    const seen = new Map<string, number>();
    visit(tree, (node) => {
      const line = node.position?.start.line ?? '?';
      if ((node.type === 'link' || node.type === 'definition') && /^\s*(?:javascript|data|vbscript):/i.test(node.url)) {
        problems.push(`line ${line}: the link "${node.url.slice(0, 40)}" runs code. Link to an https:// page or a /sections/… path instead.`);
      }
      if (node.type === 'image' && (node.alt ?? '').trim() === '') {
        problems.push(`line ${line}: the image "${node.url}" has no alt text. Describe it: ![what it shows](${node.url}).`);
      }
      if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
        const id = headingSlug(toString(node));
        const first = seen.get(id);
        if (first !== undefined) problems.push(`line ${line}: the heading "${toString(node)}" repeats the one on line ${first}, so its anchor would not be stable. Give each heading distinct words.`);
        else seen.set(id, typeof line === 'number' ? line : 0);
      }
    });
    if (problems.length > 0) {
      throw new Error(`${where}: content problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
  };
}
