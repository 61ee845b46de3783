import type { Element, Root } from 'hast';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Keeps old heading links working after a heading is renamed. A section lists
 * `anchorAliases: { old-id: new-id }` in its frontmatter, and this adds an empty
 * `<span id="old-id">` just before the element whose id is `new-id`, so
 * `/sections/x/#old-id` still lands on the renamed heading.
 *
 * `anchorAliases: { in-one-paragraph: in-brief }` turns
 * `<div class="heading"><h2 id="in-brief">` into
 * `<span id="in-one-paragraph" class="anchor-alias"></span><div class="heading"><h2 id="in-brief">`.
 */
export function rehypeAnchorAliases(options: { root?: string } = {}) {
  return (tree: Root, file: VFile) => {
    const aliases = (file.data as AstroData).astro?.frontmatter?.['anchorAliases'];
    if (aliases === undefined || aliases === null || typeof aliases !== 'object') return;
    const where = file.path ? relative(options.root ?? process.cwd(), file.path) : 'an MDX file';
    const pending = new Map(Object.entries(aliases as Record<string, unknown>).map(([from, to]) => [String(to), from]));
    const problems: string[] = [];
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
    });
    for (const [from] of Object.entries(aliases as Record<string, unknown>)) {
      if (ids.has(from)) problems.push(`anchorAliases: "${from}" is still a heading id on this page. Remove the alias.`);
    }
    visit(tree, 'element', (node: Element, index, parent) => {
      if (parent === undefined || index === undefined) return;
      // The heading sits inside a wrapper with its link; put the alias before the wrapper.
      const target = node.properties['className'] && Array.isArray(node.properties['className']) && node.properties['className'].includes('heading') ? node.children.find((child): child is Element => child.type === 'element' && typeof child.properties['id'] === 'string') : node;
      const id = target?.properties['id'];
      if (typeof id !== 'string' || !pending.has(id)) return;
      const from = pending.get(id) ?? '';
      pending.delete(id);
      parent.children.splice(index, 0, { type: 'element', tagName: 'span', properties: { id: from, className: ['anchor-alias'] }, children: [] });
      return index + 2;
    });
    for (const [to, from] of pending) problems.push(`anchorAliases: "${from}" points to "#${to}", which is not a heading id on this page. Use the new heading's id.`);
    if (problems.length > 0) throw new Error(`${where}: anchor problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  };
}
