import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { scanMarkers } from './citations/markers';

/** Removes citation markers ("[@key, at 492]") and tidies the space they leave. */
export function stripMarkers(text: string): string {
  const { markers } = scanMarkers(text);
  let out = '';
  let cursor = 0;
  for (const marker of markers) {
    out += text.slice(cursor, marker.start);
    cursor = marker.end;
  }
  out += text.slice(cursor);
  return out.replace(/[ \t]+([.,;:!?])/g, '$1').replace(/[ \t]{2,}/g, ' ').trim();
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** A section body (MDX without frontmatter) as a Markdown tree. */
export function parseBody(body: string): Root {
  return parser.parse(body);
}

/** Containers whose children are separate blocks or cells, so their text is joined with a space. */
const BLOCKS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell']);

/** Reader-visible text of a node: components such as `<Status>` render labels, not prose, so they are left out. */
export function visibleText(node: Root | RootContent): string {
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') return '';
  if ('children' in node) {
    return node.children.map((child) => visibleText(child as RootContent)).join(BLOCKS.has(node.type) ? ' ' : '');
  }
  return toString(node);
}

/** The first paragraph of a section body, as plain text without citation markers. */
export function openingParagraph(body: string): string {
  const first = parseBody(body).children.find((node) => node.type === 'paragraph');
  return first === undefined ? '' : stripMarkers(visibleText(first));
}
