import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findImpossibleDates, findSectionConflicts } from '../lib/sections';
import { contentErrorMessage } from '../lib/sources/read';

/**
 * Astro's `glob()` for `content/sections/**\/*.mdx`, keyed by file path so that two
 * files claiming the same slug cannot silently replace each other; the clash is
 * reported instead, naming both files. Also catches impossible dates that YAML
 * silently rolls over.
 */
export function sectionsLoader(base = './content/sections'): Loader {
  const inner = glob({ pattern: '**/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'sections-loader',
    load: async (context) => {
      await inner.load(context);
      const sections = [...context.store.values()].map((entry) => {
        const data = entry.data as { slug: string; order: number };
        return { slug: data.slug, order: data.order, file: entry.filePath ?? entry.id };
      });
      const root = fileURLToPath(context.config.root);
      const errors = [...context.store.values()].flatMap((entry) => {
        if (entry.filePath === undefined) return [];
        const path = join(root, entry.filePath);
        return findImpossibleDates(readFileSync(path, 'utf8'), relative(root, path));
      });
      errors.push(...findSectionConflicts(sections));
      if (errors.length > 0) throw new Error(contentErrorMessage('Conflicting sections in content/sections', errors));
    },
  };
}
