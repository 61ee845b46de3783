import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentErrorMessage, readSources, SOURCES_DIR } from '../lib/sources/read';

/**
 * Loads `content/sources/*.yaml` with the strict YAML reader. Unlike Astro's
 * `file()` loader it fails the build on a key defined twice, an unknown field or
 * an alias, and it reports every bad field with file, line, key and fix.
 */
export function sourcesLoader(dir = SOURCES_DIR): Loader {
  return {
    name: 'sources-loader',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { items, errors, raw } = readSources(root, dir, new Date());
        if (errors.length > 0) throw new Error(contentErrorMessage('Invalid sources in content/sources', errors));
        store.clear();
        for (const { key } of items) {
          const data = await parseData({ id: key, data: raw.get(key) as Record<string, unknown> });
          store.set({ id: key, data });
        }
      };
      await sync();
      watcher?.add(join(root, dir));
      watcher?.on('change', (path) => {
        if (!path.startsWith(join(root, dir))) return;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
