import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { basename } from 'node:path';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { langOfContentFile, localizePath, type Lang } from '../i18n/languages';
import { findFirstPhrase, GLOSSARY_SLUG } from '../lib/glossary';
import type { GlossaryTerm } from '../schemas/glossary';

/** Nodes whose text is never turned into a glossary link. */
const SKIP = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'citationMarker']);

/**
 * Links the first use of each glossary term in a section to its definition.
 *
 * ```md
 * A claim under the FTCA goes to the agency first.
 * ```
 * becomes
 * ```html
 * A claim under the <a href="/sections/glossary/#ftca" class="glossary-term">FTCA</a> goes to the agency first.
 * ```
 * Headings, existing links and code are left alone; the glossary page itself is skipped.
 */
export function remarkGlossaryLinks(options: { terms: (lang: Lang) => readonly GlossaryTerm[] }) {
  return (tree: Root, file: VFile) => {
    if (file.path && basename(file.path) === `${GLOSSARY_SLUG}.mdx`) return;
    // A translated section links its own language's terms to its own language's glossary.
    const lang = file.path ? langOfContentFile(file.path) : 'en';
    for (const term of options.terms(lang)) {
      let done = false;
      visitParents(tree, 'text', (node: Text, ancestors) => {
        if (done || ancestors.some((ancestor) => SKIP.has(ancestor.type))) return;
        const hit = findFirstPhrase(node.value, term.match);
        if (hit === null) return;
        const parent = ancestors.at(-1) as Parent | undefined;
        if (parent === undefined) return;
        const link: Link = {
          type: 'link',
          url: `${localizePath(lang, `/sections/${GLOSSARY_SLUG}/`)}#${term.anchor}`,
          children: [{ type: 'text', value: node.value.slice(hit.start, hit.end) }],
          data: { hProperties: { className: ['glossary-term'] } },
        };
        const pieces: PhrasingContent[] = [];
        if (hit.start > 0) pieces.push({ type: 'text', value: node.value.slice(0, hit.start) });
        pieces.push(link);
        if (hit.end < node.value.length) pieces.push({ type: 'text', value: node.value.slice(hit.end) });
        parent.children.splice(parent.children.indexOf(node), 1, ...(pieces as typeof parent.children));
        done = true;
        return false;
      });
    }
  };
}
