// Lists every published section URL and its heading anchors from the built site.
// `npm run anchors:update` writes them to content/published-anchors.json, the
// manifest CI checks so that no shared link silently stops working.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  const manifest = collectAnchors(join(root, 'dist'));
  writeFileSync(join(root, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const count = Object.values(manifest).reduce((sum, ids) => sum + ids.length, 0);
  console.log(`Wrote ${MANIFEST}: ${Object.keys(manifest).length} sections, ${count} anchors.`);
}
