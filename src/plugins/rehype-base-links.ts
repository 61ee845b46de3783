import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { prefixBase } from '../lib/paths';

/**
 * Prefixes the site's base path to root-relative links written in sections, so
 * `[two routes](/sections/two-routes/)` still works when the site is served from
 * a sub-folder. With base "/explainer/": `href="/sections/x/"` → `href="/explainer/sections/x/"`.
 */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    if (options.base === '/' || options.base === '') return;
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string') node.properties['href'] = prefixBase(href, options.base);
    });
  };
}
