// Generates a synthetic site of N sections from the real ones (same MDX, headings,
// [@key] citations, components and sources), to measure how build time scales.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Creates bench/.synthetic/<n>/ and returns its root. */
export function generateSite(n) {
  const out = join(root, 'bench', '.synthetic', String(n));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'content', 'sections'), { recursive: true });
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, file), join(out, file));
  for (const dir of ['src', 'public']) symlinkSync(join(root, dir), join(out, dir), 'dir');
  cpSync(join(root, 'content', 'sources'), join(out, 'content', 'sources'), { recursive: true });
  cpSync(join(root, 'content', 'glossary'), join(out, 'content', 'glossary'), { recursive: true });
  // The "What to do now" block every section page shows (English only: synthetic sites have no translations).
  mkdirSync(join(out, 'content', 'first-steps'), { recursive: true });
  cpSync(join(root, 'content', 'first-steps', 'en.yaml'), join(out, 'content', 'first-steps', 'en.yaml'));

  const templates = readdirSync(join(root, 'content', 'sections'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readFileSync(join(root, 'content', 'sections', name), 'utf8'));
  for (let i = 1; i <= n; i++) {
    const template = templates[(i - 1) % templates.length];
    // New identity for each copy; aliases dropped so none collide; everything else as written
    // (the summary too: cutting it could drop a deadline warning the build requires).
    const mdx = template
      .replace(/^title: .*$/m, `title: "Synthetic section ${i}"`)
      .replace(/^slug: .*$/m, `slug: synthetic-${i}`)
      .replace(/^order: .*$/m, `order: ${i}`)
      .replace(/^aliases: .*$/m, 'aliases: []')
      .replace(/^anchorAliases:.*\n(?:[ \t]+.*\n)*/m, ''); // a block map runs on indented lines
    writeFileSync(join(out, 'content', 'sections', `synthetic-${i}.mdx`), mdx);
  }
  return out;
}
