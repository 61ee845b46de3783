import type { Element, Root } from 'hast';
import { basename, relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { langOfContentFile } from '../i18n/languages';
import { isReservedId } from '../lib/page-ids';
import { englishAnchorAliases } from './rehype-translated-heading-ids';

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
 * Several old ids may point to one heading (`{ a: in-brief, b: in-brief }`): each gets its span.
 */
export function rehypeAnchorAliases(options: { root?: string } = {}) {
  return (tree: Root, file: VFile) => {
    // A translation has the English headings' ids, so it takes the English aliases too.
    const translated = file.path !== undefined && langOfContentFile(file.path) !== 'en';
    const aliases = translated ? englishAnchorAliases(options.root ?? process.cwd(), basename(file.path, '.mdx')) : (file.data as AstroData).astro?.frontmatter?.['anchorAliases'];
    if (aliases === undefined || aliases === null || typeof aliases !== 'object') return;
    const where = file.path ? relative(options.root ?? process.cwd(), file.path) : 'an MDX file';
    // Keyed by the new id, each with every old id that points to it: two renamed
    // headings may have been merged into one.
    const pending = new Map<string, string[]>();
    for (const [from, to] of Object.entries(aliases as Record<string, unknown>)) pending.set(String(to), [...(pending.get(String(to)) ?? []), from]);
    const problems: string[] = [];
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
    });
    for (const [from] of Object.entries(aliases as Record<string, unknown>)) {
      if (ids.has(from)) problems.push(`anchorAliases: "${from}" is still a heading id on this page. Remove the alias.`);
      if (isReservedId(from)) problems.push(`anchorAliases: "${from}" is an id the page layout uses. Remove the alias.`);
    }
    visit(tree, 'element', (node: Element, index, parent) => {
      if (parent === undefined || index === undefined) return;
      // The heading sits inside a wrapper with its link; put the alias before the wrapper.
      const target = node.properties['className'] && Array.isArray(node.properties['className']) && node.properties['className'].includes('heading') ? node.children.find((child): child is Element => child.type === 'element' && typeof child.properties['id'] === 'string') : node;
      const id = target?.properties['id'];
      if (typeof id !== 'string' || !pending.has(id)) return;
      const olds = pending.get(id) ?? [];
      pending.delete(id);
      parent.children.splice(index, 0, ...olds.map((from): Element => ({ type: 'element', tagName: 'span', properties: { id: from, className: ['anchor-alias'] }, children: [] })));
      return index + olds.length + 1;
    });
    for (const [to, olds] of pending) for (const from of olds) problems.push(`anchorAliases: "${from}" points to "#${to}", which is not a heading id on this page. Use the new heading's id.`);
    if (problems.length > 0) throw new Error(`${where}: anchor problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  };
}
