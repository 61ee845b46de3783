import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** What the link checks need from one built page. */
export interface PageFacts {
  path: string;
  ids: Set<string>;
  links: Array<{ href: string; text: string }>;
  sources: string[];
}

function text(node: Element): string {
  let out = '';
  visit(node, 'text', (t) => {
    out += t.value;
  });
  return out.trim();
}

/** Parses a built page (site path like "/sections/x/") from dist/. */
export function readPage(dist: string, path: string): PageFacts {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  const tree: Root = fromHtml(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  const links: PageFacts['links'] = [];
  const sources: string[] = [];
  visit(tree, 'element', (node) => {
    const id = node.properties['id'];
    if (typeof id === 'string') ids.add(id);
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string') links.push({ href, text: text(node) });
    for (const attribute of ['src', 'href'] as const) {
      const value = node.properties[attribute];
      if (node.tagName !== 'a' && typeof value === 'string') sources.push(value);
    }
  });
  return { path, ids, links, sources };
}
