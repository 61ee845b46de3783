import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { langOfContentFile } from '../i18n/languages';
import { ui } from '../i18n/ui';

/** The id of the contents list a link goes back to (TableOfContents.astro). */
export const CONTENTS_ID = 'contents';

const isMainHeading = (node: RootContent): boolean =>
  node.type === 'element' &&
  (node.tagName === 'h2' || (node.tagName === 'div' && Array.isArray(node.properties['className']) && node.properties['className'].includes('heading-h2')));

function backLink(words: string): Element {
  const children: ElementContent[] = [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '↑ ' }] },
    { type: 'text', value: words },
  ];
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['back-to-contents'], dataPagefindIgnore: '' },
    children: [{ type: 'element', tagName: 'a', properties: { href: `#${CONTENTS_ID}` }, children }],
  };
}

/**
 * Long sections run many phone screens: after each main part (before every h2
 * but the first, and at the end) a link leads back to the contents.
 *
 * ```html
 * <h2 id="a">A</h2><p>…</p><h2 id="b">B</h2><p>…</p>
 * ```
 * becomes
 * ```html
 * <h2 id="a">A</h2><p>…</p><p class="back-to-contents" data-pagefind-ignore><a href="#contents"><span aria-hidden="true">↑ </span>Back to contents</a></p>
 * <h2 id="b">B</h2><p>…</p><p class="back-to-contents" data-pagefind-ignore><a href="#contents">…</a></p>
 * ```
 * Runs after the heading links are added (the h2 may sit in a `div.heading-h2`).
 */
export function rehypeBackToContents() {
  return (tree: Root, file: VFile) => {
    const headings = tree.children.flatMap((node, index) => (isMainHeading(node) ? [index] : []));
    if (headings.length === 0) return;
    // In the section's own language (content/es/… is Spanish).
    const words = ui(file.path ? langOfContentFile(file.path) : 'en').backToContents;
    tree.children.push(backLink(words));
    for (const index of headings.slice(1).reverse()) tree.children.splice(index, 0, backLink(words));
  };
}
