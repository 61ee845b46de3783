import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index into `dist/pagefind/` right after `astro build`,
 * through Pagefind's Node API. Unlike the `astro-pagefind` package, which only logs,
 * any indexing error or an empty index fails the build: a site whose search
 * silently returns nothing is broken.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          // Status pills ("Status: Settled") and the dates line are page furniture:
          // in a search excerpt they stand where the answer should be.
          // One index per language, from each page's <html lang>: a Spanish page searches Spanish,
          // with Spanish word forms ("demanda", "demandar"), and never matches English pages.
          const created = await createIndex({ excludeSelectors: ['.status', '.dates'] });
          if (!created.index || created.errors.length > 0) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
          const added = await created.index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind failed to index dist/: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages: check that each section <article> has data-pagefind-body.');
          const written = await created.index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await close();
        }
      },
    },
  };
}
