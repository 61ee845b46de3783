// @ts-check
// Dev-only comparison: the explainer's content built with Starlight, using the same
// Markdown pipeline (citations, components, glossary links) so the pages carry the
// same words and the same numbered sources. Never deployed.
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { formatCitation } from '../../src/lib/citations/format';
import { readGlossary } from '../../src/lib/glossary';
import { readSources } from '../../src/lib/sources/read';
import { remarkCitations } from '../../src/plugins/remark-citations';
import { remarkGlossaryLinks } from '../../src/plugins/remark-glossary-links';

const siteRoot = fileURLToPath(new URL('../../', import.meta.url));
const sources = new Map(readSources(siteRoot).items.map((source) => [source.key, source]));

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  outDir: './dist',
  integrations: [starlight({ title: 'Liability Explained' })],
  markdown: {
    processor: unified({
      gfm: false,
      remarkPlugins: [
        remarkGfm,
        [
          remarkCitations,
          {
            root: siteRoot,
            knownKeys: () => new Set(sources.keys()),
            appendSources: (/** @type {string} */ key) => {
              const source = sources.get(key);
              return source && { text: formatCitation(source), url: source.url };
            },
          },
        ],
        [remarkGlossaryLinks, { terms: () => readGlossary(siteRoot) }],
      ],
      rehypePlugins: [rehypeHeadingIds],
    }),
  },
});
