import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { langOfContentFile } from '../i18n/languages';
import { ui } from '../i18n/ui';

/**
 * Words that other plugins write into a section's markup, in the section's
 * language: the "link to this section" label of each heading link (set by
 * rehype-autolink-headings, whose options cannot see the file). English
 * sections are left as they are.
 */
export function rehypeLocalize() {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const lang = langOfContentFile(file.path);
    if (lang === 'en') return;
    const t = ui(lang);
    visit(tree, 'element', (node: Element, _index, parent) => {
      const className = node.properties['className'];
      if (node.tagName !== 'a' || !Array.isArray(className) || !className.includes('heading-link')) return;
      const heading = parent && 'children' in parent ? parent.children.find((child): child is Element => child.type === 'element' && /^h[1-6]$/.test(child.tagName)) : undefined;
      node.properties['ariaLabel'] = t.headingLink(heading ? toString(heading).trim() : '');
    });
  };
}
