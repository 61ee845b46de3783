import type { Root, PhrasingContent, Text } from 'mdast';
import type { ElementContent } from 'hast';
import { relative } from 'node:path';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { MARKER_SYNTAX, scanMarkers, type CitationRef } from '../lib/citations/markers';
import { cardId, citationId, resolveCitations } from '../lib/citations/resolve';
import { langOfContentFile } from '../i18n/languages';
import { ui } from '../i18n/ui';

export interface RemarkCitationsOptions {
  /** Returns every defined source key; called once per file so edits to sources are seen. */
  knownKeys: () => ReadonlySet<string>;
  /** Project root, to print file paths relative to it. */
  root?: string;
  /**
   * When set, the plugin also appends the numbered source list to the document
   * itself. The site renders that list in its layout instead; this serves
   * renderers without one (the Starlight comparison in bench/).
   */
  appendSources?: (key: string) => { text: string; url: string } | undefined;
}

/** A rendered citation marker; mdast-util-to-hast turns it into the `<sup>` in `data`. */
export interface CitationMarker {
  type: 'citationMarker';
  position?: Position;
  data: { hName: 'sup'; hProperties: { className: string[]; dataPagefindIgnore: '' }; hChildren: ElementContent[] };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    citationMarker: CitationMarker;
  }
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Turns Pandoc-style citations into numbered superscript markers, and records the
 * numbering for the page in the `citations` frontmatter field (read through
 * `remarkPluginFrontmatter`). Each marker is a button that opens the source's card
 * in place with the Popover API (`popovertarget`), so it works without JavaScript;
 * the layout renders one card per source, with ids from `cardId`.
 *
 * ```md
 * Courts refused to extend Bivens [@egbert-v-boule, at 492; @tun-cos-v-perrotte].
 * ```
 * becomes
 * ```html
 * Courts refused to extend Bivens<sup class="cite" data-pagefind-ignore><button type="button"
 *   class="cite-marker" popovertarget="card-egbert-v-boule" id="cite-egbert-v-boule-1"
 *   aria-label="Source 1, at 492">1, at 492</button><span aria-hidden="true">,</span><button
 *   type="button" class="cite-marker" popovertarget="card-tun-cos-v-perrotte"
 *   id="cite-tun-cos-v-perrotte-1" aria-label="Source 2">2</button></sup>.
 * ```
 * An unknown key, a malformed marker, or a body that disagrees with the frontmatter
 * `sources` list fails the build with one message naming the file, the key and the fix.
 */
export function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const data = file.data as AstroData;
    const frontmatter = data.astro?.frontmatter ?? {};
    const listed = Array.isArray(frontmatter['sources']) ? frontmatter['sources'].map(String) : [];
    const where = file.path ? relative(options.root ?? process.cwd(), file.path) : 'an MDX file';
    const lang = file.path ? langOfContentFile(file.path) : 'en';

    const found: Array<{ node: Text; parent: { children: PhrasingContent[] }; index: number; markers: ReturnType<typeof scanMarkers>['markers'] }> = [];
    const problems: string[] = [];
    const cited: CitationRef[] = [];

    visit(tree, 'text', (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      const { markers, malformed } = scanMarkers(node.value);
      const line = node.position?.start.line;
      for (const bad of malformed) problems.push(`line ${line ?? '?'}: malformed citation marker "${bad.raw}". ${bad.problem} ${MARKER_SYNTAX}.`);
      if (markers.length === 0) return;
      for (const marker of markers) cited.push(...marker.refs);
      found.push({ node, parent: parent as { children: PhrasingContent[] }, index, markers });
    });

    const { sources, errors } = resolveCitations({ cited, listed, known: options.knownKeys() });
    problems.push(...errors);
    if (problems.length > 0) {
      const message = `${where}: citation problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
      throw new Error(message);
    }

    const numberOf = new Map(sources.map((source) => [source.key, source.number]));
    const seen = new Map<string, number>();

    const markerNode = (refs: CitationRef[]): CitationMarker => {
      const children: ElementContent[] = [];
      refs.forEach((ref, i) => {
        if (i > 0) children.push(separator());
        const number = numberOf.get(ref.key) ?? 0;
        const occurrence = (seen.get(ref.key) ?? 0) + 1;
        seen.set(ref.key, occurrence);
        const visible = ref.locator === undefined ? String(number) : `${number}, ${ref.locator}`;
        // A button, not a link: it opens the source's card beside the text instead of
        // jumping away; the card links on to the source and to the list.
        children.push({
          type: 'element',
          tagName: 'button',
          properties: { type: 'button', className: ['cite-marker'], popoverTarget: cardId(ref.key), id: citationId(ref.key, occurrence), ariaLabel: ui(lang).card.marker(visible) },
          children: [{ type: 'text', value: visible }],
        });
      });
      // Markers are not words: keep them out of the search index and its excerpts.
      return { type: 'citationMarker', data: { hName: 'sup', hProperties: { className: ['cite'], dataPagefindIgnore: '' }, hChildren: children } };
    };

    // Build replacements in reading order (so occurrence ids count forwards),
    // then splice from the last backwards so earlier indexes stay valid.
    const replacements = found.map(({ node, parent, index, markers }) => {
      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      for (const marker of markers) {
        // The marker sits against the word it supports: "damages[@x]." not "damages [@x] ."
        const before = node.value.slice(cursor, marker.start).replace(/[ \t]+$/, '');
        if (before.length > 0) pieces.push({ type: 'text', value: before });
        pieces.push(markerNode(marker.refs));
        cursor = marker.end;
      }
      if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
      return { parent, index, pieces };
    });
    for (const { parent, index, pieces } of replacements.reverse()) parent.children.splice(index, 1, ...pieces);

    if (data.astro?.frontmatter) data.astro.frontmatter['citations'] = sources;
    if (options.appendSources) {
      const items = sources.flatMap(({ key }) => {
        const source = options.appendSources?.(key);
        return source ? [{ type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children: [{ type: 'link' as const, url: source.url, children: [{ type: 'text' as const, value: source.text }] }] }] }] : [];
      });
      tree.children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Sources' }] }, { type: 'list', ordered: true, start: 1, spread: false, children: items });
    }
  };
}

/** The comma between two sources in one marker; screen readers hear each link's name instead. */
function separator(): ElementContent {
  return { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: ',' }] };
}
