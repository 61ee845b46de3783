// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import { pagefindIndex } from './src/integrations/pagefind';
import { readGlossary } from './src/lib/glossary';
import { readSources } from './src/lib/sources/read';
import { headingLinkOptions } from './src/plugins/heading-links';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links';
import { remarkCitations } from './src/plugins/remark-citations';
import { remarkGlossaryLinks } from './src/plugins/remark-glossary-links';
import { remarkMdxComponents } from './src/plugins/remark-mdx-components';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Every key in content/sources; read per file so edits show up in `astro dev`. */
const knownKeys = () => new Set(readSources(root).items.map((source) => source.key));
const glossaryTerms = () => readGlossary(root);
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // Deployments set these; see README "Deploying".
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'always',
  // Order matters: the search index is built from the finished HTML.
  integrations: [mdx(), pagefindIndex()],
  markdown: {
    // The one Markdown plugin list, inherited by MDX. GFM comes from remark-gfm
    // explicitly rather than the processor's built-in switch, so it is pinned here.
    processor: unified({
      gfm: false,
      remarkPlugins: [
        remarkGfm,
        [remarkMdxComponents, { root }],
        [remarkCitations, { knownKeys, root }],
        [remarkGlossaryLinks, { terms: glossaryTerms }],
      ],
      // Heading ids first: Astro adds them only after user plugins, and links need them.
      rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingLinkOptions], [rehypeBaseLinks, { base }]],
    }),
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
