import type { Lang } from '../i18n/languages';
import { hrefIn, ui } from '../i18n/ui';
import type { ElementContent, Root as HastRoot } from 'hast';
import type { PhrasingContent, Text } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { MARKER_SYNTAX, scanMarkers } from './citations/markers';
import { prefixBase } from './paths';

/**
 * One paragraph of Markdown written outside a section (the "What to do now"
 * block, the notice): bold, italics and links, with `[@key]` citation markers.
 * Outside a section there is no numbered source list on the page, so a marker
 * links to the source's entry in the table of sources (`/sources/#key`), and
 * `[words](@key)` links to the source's own page.
 */

/** What rendering needs to know of a source. */
export interface InlineSource {
  url: string;
  /** The citation as plain text, e.g. "28 U.S.C. § 2401". */
  label: string;
}

const parser = unified().use(remarkParse);
const ALLOWED = new Set(['root', 'paragraph', 'text', 'strong', 'emphasis', 'link']);

/**
 * Everything wrong with one text, each as a sentence ending with its fix:
 * Markdown beyond one paragraph of bold, italics and links; malformed markers;
 * unknown source keys; links that are neither a site path, an https address,
 * nor `@key`.
 */
export function findInlineProblems(text: string, known: ReadonlySet<string>): string[] {
  const tree = parser.parse(text);
  const problems: string[] = [];
  if (tree.children.length > 1 || (tree.children[0] !== undefined && tree.children[0].type !== 'paragraph')) {
    problems.push('Write one paragraph of plain text: no lists, headings or blank lines.');
  }
  const unknown = new Set<string>();
  visit(tree, (node) => {
    if (!ALLOWED.has(node.type)) problems.push(`"${node.type}" Markdown is not allowed here. Use only **bold**, *italics* and [links](/sections/…).`);
    if (node.type === 'text') {
      const { markers, malformed } = scanMarkers(node.value);
      for (const bad of malformed) problems.push(`malformed citation marker "${bad.raw}". ${bad.problem} ${MARKER_SYNTAX}.`);
      for (const ref of markers.flatMap((marker) => marker.refs)) if (!known.has(ref.key)) unknown.add(ref.key);
    }
    if (node.type === 'link') {
      const url = node.url;
      if (url.startsWith('@')) {
        if (!known.has(url.slice(1))) unknown.add(url.slice(1));
      } else if (!/^\/(?!\/)/.test(url) && !/^https:\/\//.test(url)) {
        problems.push(`the link "${url}" is not allowed. Link to a site path ("/sections/…"), an https:// address, or a source as (@key).`);
      }
    }
  });
  for (const key of unknown) problems.push(`Unknown source key "${key}" in [@${key}]. Fix the spelling, or add a "${key}" entry to a file in content/sources/.`);
  return problems;
}

/** Every source key a text cites, in order of first citation. */
export function citedKeys(text: string): string[] {
  const keys = new Set<string>();
  visit(parser.parse(text), 'text', (node: Text) => {
    for (const marker of scanMarkers(node.value).markers) for (const ref of marker.refs) keys.add(ref.key);
  });
  return [...keys];
}

/** Plain text of an inline text, without markers, for readability and deadline checks. */
export function inlinePlainText(text: string): string {
  let out = '';
  visit(parser.parse(text), 'text', (node: Text) => {
    let cursor = 0;
    for (const marker of scanMarkers(node.value).markers) {
      out += node.value.slice(cursor, marker.start).replace(/[ \t]+$/, '');
      cursor = marker.end;
    }
    out += node.value.slice(cursor);
  });
  return out.replace(/\s+/g, ' ').trim();
}

export interface RenderOptions {
  base: string;
  /** The page's language: markers link to that language's table of sources and are named in it. */
  lang?: Lang;
  sources: ReadonlyMap<string, InlineSource>;
  /**
   * Marker numbers shared by the texts of one block, so a source keeps its
   * number across them; filled in as keys are first cited.
   */
  numbers: Map<string, number>;
}

/**
 * Renders a checked text (see `findInlineProblems`) to HTML: markers become
 * `<sup class="cite">` links to the table of sources, named after the source,
 * and sit against the word they support, as in a section.
 *
 * `Sue within 6 months [@usc-28-2401].` becomes
 * `Sue within 6 months<sup class="cite"><a href="/sources/#usc-28-2401" aria-label="Source 1: 28 U.S.C. § 2401">1</a></sup>.`
 */
export function renderInline(text: string, options: RenderOptions): string {
  const tree = parser.parse(text);
  const marker = (keys: string[]): PhrasingContent => {
    const children: ElementContent[] = [];
    keys.forEach((key, i) => {
      if (i > 0) children.push({ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: ',' }] });
      let number = options.numbers.get(key);
      if (number === undefined) {
        number = options.numbers.size + 1;
        options.numbers.set(key, number);
      }
      const label = options.sources.get(key)?.label ?? key;
      children.push({
        type: 'element',
        tagName: 'a',
        properties: { href: `${hrefIn(options.base, options.lang ?? 'en', 'sources/')}#${key}`, ariaLabel: `${ui(options.lang ?? 'en').card.marker(String(number))}: ${label}` },
        children: [{ type: 'text', value: String(number) }],
      });
    });
    // An unknown node with hName/hChildren is turned into that element by remark-rehype.
    return { type: 'text', value: '', data: { hName: 'sup', hProperties: { className: ['cite'] }, hChildren: children } } as unknown as PhrasingContent;
  };

  visit(tree, 'text', (node: Text, index, parent) => {
    if (parent === undefined || index === undefined) return;
    const { markers } = scanMarkers(node.value);
    if (markers.length === 0) return;
    const pieces: PhrasingContent[] = [];
    let cursor = 0;
    for (const found of markers) {
      const before = node.value.slice(cursor, found.start).replace(/[ \t\n]+$/, '');
      if (before.length > 0) pieces.push({ type: 'text', value: before });
      pieces.push(marker(found.refs.map((ref) => ref.key)));
      cursor = found.end;
    }
    if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
    return index + pieces.length;
  });

  visit(tree, 'link', (node) => {
    if (node.url.startsWith('@')) {
      node.url = options.sources.get(node.url.slice(1))?.url ?? node.url;
      node.data = { hProperties: { rel: ['noopener', 'noreferrer'] } };
    } else if (node.url.startsWith('/')) node.url = prefixBase(node.url, options.base);
    else node.data = { hProperties: { rel: ['noopener', 'noreferrer'] } };
  });

  // Convert the paragraph, then keep only what is inside its <p>: a root of inline
  // nodes would be joined with line breaks, which show as spaces before markers.
  const hast = unified().use(remarkRehype).runSync(tree);
  const paragraph = hast.children.find((node) => node.type === 'element' && node.tagName === 'p');
  const inline: HastRoot = { type: 'root', children: paragraph?.type === 'element' ? paragraph.children : [] };
  return unified().use(rehypeStringify).stringify(inline).trim();
}
