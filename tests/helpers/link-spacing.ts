import type { Element, Root, RootContent } from 'hast';

/** Elements that start a new line of text: a link at their edge has no neighbour to touch. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Never shown as text. */
const SKIP = new Set(['head', 'script', 'style', 'template', 'svg']);

const classes = (node: Element): string[] => (Array.isArray(node.properties['className']) ? node.properties['className'].map(String) : []);

/** Citation markers, heading anchors and back-links sit against words on purpose. */
function isExempt(node: Element): boolean {
  return (node.tagName === 'sup' && classes(node).includes('cite')) || classes(node).includes('heading-link') || classes(node).includes('backlinks');
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Places where a link's text runs straight into a word, as reported by a reader
 * ("see the" + "open questions" shown as "see theopen questions"): a letter or
 * digit directly before a link that starts with one, or directly after a link
 * that ends with one. Returns each with a little context, e.g. "see the|open questions|".
 */
export function linksWithoutSpaces(tree: Root): string[] {
  let text = '';
  const links: Array<{ start: number; end: number }> = [];
  const walk = (node: Root | RootContent, exempt: boolean) => {
    if (node.type === 'text') {
      text += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (SKIP.has(node.tagName) || node.properties['hidden'] !== undefined) return;
      // A citation marker stands for a superscript number, not a word: "capacity¹⁰. Since".
      if (node.tagName === 'sup' && classes(node).includes('cite')) {
        text += '^';
        return;
      }
      const block = BLOCKS.has(node.tagName);
      if (block) text += '\n';
      const inner = exempt || isExempt(node);
      const start = text.length;
      for (const child of node.children) walk(child, inner);
      if (node.tagName === 'a' && !inner && node.properties['href'] !== undefined) links.push({ start, end: text.length });
      if (block) text += '\n';
      return;
    }
    for (const child of node.children) walk(child, exempt);
  };
  walk(tree, false);
  const problems: string[] = [];
  for (const { start, end } of links) {
    const inner = text.slice(start, end);
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    const first = inner.trimStart()[0] ?? '';
    const last = inner.trimEnd().at(-1) ?? '';
    const touchesBefore = WORD.test(before) && WORD.test(first) && inner === inner.trimStart();
    const touchesAfter = WORD.test(after) && WORD.test(last) && inner === inner.trimEnd();
    if (touchesBefore || touchesAfter) problems.push(`${text.slice(Math.max(0, start - 20), start)}|${inner}|${text.slice(end, end + 20)}`.replace(/\s+/g, ' ').trim());
  }
  return problems;
}
