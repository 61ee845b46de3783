// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import { readSources } from './src/lib/sources/read';
import { headingLinkOptions } from './src/plugins/heading-links';
import { remarkCitations } from './src/plugins/remark-citations';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Every key in content/sources; read per file so edits show up in `astro dev`. */
const knownKeys = () => new Set(readSources(root).items.map((source) => source.key));

export default defineConfig({
  // Deployments set these; see README "Deploying".
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // The one Markdown plugin list, inherited by MDX. GFM comes from remark-gfm
    // explicitly rather than the processor's built-in switch, so it is pinned here.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm, [remarkCitations, { knownKeys, root }]],
      // Heading ids first: Astro adds them only after user plugins, and links need them.
      rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingLinkOptions]],
    }),
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
