// Lists every published section URL and its heading anchors from the built site.
// `npm run anchors:update` writes them to content/published-anchors.json, the
// manifest CI checks so that no shared link silently stops working.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export const MANIFEST = 'content/published-anchors.json';

/** { "/sections/ftca/": ["what-the-ftca-covers", …], … } from dist/. */
export function collectAnchors(dist) {
  const sections = join(dist, 'sections');
  const manifest = {};
  for (const slug of readdirSync(sections).sort()) {
    const tree = fromHtml(readFileSync(join(sections, slug, 'index.html'), 'utf8'));
    const ids = [];
    visit(tree, 'element', (node) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') ids.push(node.properties.id);
    });
    manifest[`/sections/${slug}/`] = ids;
  }
  return manifest;
}

/**
 * Adds to `current` every anchor of `previous` that still lands on its page through an anchor
 * alias (`idsOf(path)` has it): a renamed heading's old link stays published. An anchor that no
 * longer exists at all is dropped, as the README's "removing on purpose" step expects.
 */
export function keepAliasedAnchors(previous, current, idsOf) {
  const merged = {};
  for (const [path, ids] of Object.entries(current)) {
    const ids_ = new Set(idsOf(path));
    merged[path] = [...ids, ...(previous[path] ?? []).filter((id) => !ids.includes(id) && ids_.has(id))];
  }
  return merged;
}

/** Every id on a built section page. */
function pageIds(dist, path) {
  const ids = [];
  visit(fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8')), 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.push(node.properties.id);
  });
  return ids;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  const dist = join(root, 'dist');
  const previous = existsSync(join(root, MANIFEST)) ? JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) : {};
  const manifest = keepAliasedAnchors(previous, collectAnchors(dist), (path) => pageIds(dist, path));
  writeFileSync(join(root, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const count = Object.values(manifest).reduce((sum, ids) => sum + ids.length, 0);
  console.log(`Wrote ${MANIFEST}: ${Object.keys(manifest).length} sections, ${count} anchors.`);
}
