import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAliasCollisions, findEmptyBodies, findFutureDates, findImpossibleDates, findSectionConflicts } from '../lib/sections';
import { contentErrorMessage } from '../lib/sources/read';

/**
 * Astro's `glob()` for `content/sections/**\/*.mdx`, keyed by file path so that two
 * files claiming the same slug cannot silently replace each other; the clash is
 * reported instead, naming both files. It also reports what only shows across
 * files or against the build date: duplicate orders and aliases, empty bodies,
 * dates in the future, and impossible dates that YAML silently rolls over.
 */
export function sectionsLoader(base = './content/sections'): Loader {
  const inner = glob({ pattern: '**/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'sections-loader',
    load: async (context) => {
      await inner.load(context);
      // Sorted by file, so "already used by" always names the same file first.
      const sections = [...context.store.values()]
        .map((entry) => {
          const data = entry.data as { slug: string; order: number; aliases: string[]; currentAsOf: Date; lastReviewed: Date };
          return { ...data, file: entry.filePath ?? entry.id, body: entry.body ?? '' };
        })
        .sort((a, b) => a.file.localeCompare(b.file));
      const root = fileURLToPath(context.config.root);
      const errors = [...context.store.values()].flatMap((entry) => {
        if (entry.filePath === undefined) return [];
        const path = join(root, entry.filePath);
        return findImpossibleDates(readFileSync(path, 'utf8'), relative(root, path));
      });
      errors.push(
        ...findSectionConflicts(sections),
        ...findEmptyBodies(sections),
        // The build date is the one impure input: a section may not claim a future date.
        ...findFutureDates(sections, new Date()),
        ...findAliasCollisions(sections),
      );
      if (errors.length > 0) throw new Error(contentErrorMessage('Invalid sections in content/sections', errors));
    },
  };
}
