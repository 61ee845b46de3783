import type { Element, Root } from 'hast';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { headingIds } from '../lib/content/body-rules';
import { parseSectionBody } from '../lib/content/mdx';
import { readSectionFrontmatter } from '../lib/content/section-file';
import { langOfContentFile } from '../i18n/languages';

const HEADING = /^h[1-6]$/;

/** The anchor ids of the English section's headings, in order. */
export function englishHeadingIds(root: string, slug: string): string[] {
  const file = join(root, 'content/sections', `${slug}.mdx`);
  if (!existsSync(file)) return [];
  const read = readSectionFrontmatter(readFileSync(file, 'utf8'), `content/sections/${slug}.mdx`);
  const body = parseSectionBody(read.body);
  return body.ok ? headingIds(body.tree).map((heading) => heading.id) : [];
}

/** The English section's anchor aliases: a translation answers the same old links. */
export function englishAnchorAliases(root: string, slug: string): Record<string, unknown> | undefined {
  const file = join(root, 'content/sections', `${slug}.mdx`);
  if (!existsSync(file)) return undefined;
  const aliases = readSectionFrontmatter(readFileSync(file, 'utf8'), `content/sections/${slug}.mdx`).data?.['anchorAliases'];
  return aliases !== null && typeof aliases === 'object' ? (aliases as Record<string, unknown>) : undefined;
}

/**
 * A translated heading takes the anchor of the English heading at the same
 * place, so `/es/sections/ftca/#deadlines` and `/sections/ftca/#deadlines` are
 * the same part, a shared link survives the change of language, and the
 * language link can keep the reader's place. The build has already checked that
 * the translation's headings match the English ones in number and depth. Runs
 * before Astro's heading ids, which keep an id that is already set.
 *
 * `## Plazos` in content/es/sections/filing-an-ftca-claim.mdx becomes
 * `<h2 id="deadlines">Plazos</h2>`.
 */
export function rehypeTranslatedHeadingIds(options: { root: string }) {
  return (tree: Root, file: VFile) => {
    if (!file.path || langOfContentFile(file.path) === 'en') return;
    const ids = englishHeadingIds(options.root, basename(file.path, '.mdx'));
    let i = 0;
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName)) return;
      const id = ids[i];
      i += 1;
      if (id !== undefined) node.properties['id'] = id;
    });
  };
}
