import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check-content';
import { contentErrorMessage } from '../lib/sources/read';
import { translationHash } from '../lib/translations';

/**
 * Loads `content/sections/<slug>.mdx`. Before anything is compiled, it checks
 * all of `content/` with the same code as `npm run test:content`
 * (src/lib/content/check-content.ts): the files in it, strict frontmatter,
 * bodies with no code in them, citations, and what only shows across files.
 * Any problem fails the build here, at content sync, so no MDX from a bad
 * change is ever compiled or run. The frontmatter stored is the one the strict
 * reader produced (Astro's own reader is never used for sections).
 */
export function sectionsLoader(which: 'sections' | 'translations' = 'sections'): Loader {
  return {
    name: `${which}-loader`,
    load: async ({ config, store, parseData, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        // The build date is the one impure input: a section may not claim a future date.
        const checked = checkContent(root, new Date());
        if (checked.errors.length > 0) throw new Error(contentErrorMessage('Invalid content', checked.errors));
        store.clear();
        // The Spanish translations (content/es/sections/) are checked in the same pass; each collection stores its own.
        for (const section of which === 'sections' ? checked.sections : checked.translations) {
          const slug = section.frontmatter.slug;
          const path = join(root, section.file);
          const data = await parseData({ id: slug, data: section.data, filePath: path });
          // The digest is the file's fingerprint (`npm run translations:hash`): a page compares it with a
          // translation's translatedFrom without reading the file again.
          store.set({ id: slug, data, body: section.body, filePath: section.file, digest: translationHash(readFileSync(path, 'utf8')), deferredRender: true });
        }
      };
      await sync();
      watcher?.add(join(root, 'content'));
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(join(root, 'content'))) return;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
