// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import remarkGfm from 'remark-gfm';
import { pagefindIndex } from './src/integrations/pagefind';
import { readGlossaryFor } from './src/lib/glossary';
import { readSources } from './src/lib/sources/read';
import { headingLinkOptions } from './src/plugins/heading-links';
import { rehypeAnchorAliases } from './src/plugins/rehype-anchor-aliases';
import { rehypeBackToContents } from './src/plugins/rehype-back-to-contents';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links';
import { rehypeLocalize } from './src/plugins/rehype-localize';
import { rehypeTableRegions } from './src/plugins/rehype-table-regions';
import { rehypeTranslatedHeadingIds } from './src/plugins/rehype-translated-heading-ids';
import { remarkCitations } from './src/plugins/remark-citations';
import { remarkContentRules } from './src/plugins/remark-content-rules';
import { remarkDeadlineRules } from './src/plugins/remark-deadline-rules';
import { remarkGlossaryLinks } from './src/plugins/remark-glossary-links';
import { remarkLiteralBrackets } from './src/plugins/remark-literal-brackets';
import { remarkMdxComponents } from './src/plugins/remark-mdx-components';
import { remarkStrictFrontmatter } from './src/plugins/remark-strict-frontmatter';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Every key in content/sources; read per file so edits show up in `astro dev`. */
const knownKeys = () => new Set(readSources(root).items.map((source) => source.key));
/**
 * Glossary terms to link, per language (content/glossary/, content/es/glossary/).
 * @param {'en' | 'es'} lang
 */
const glossaryTerms = (lang) => readGlossaryFor(root, lang);
/**
 * Where the site is published. Deployments set SITE_URL (and BASE_PATH when it
 * lives in a sub-folder, e.g. /explainer/); canonical URLs, social cards and the
 * sitemap are built from them. Local builds fall back to the preview address.
 */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // A second output folder lets the tests build a sub-folder copy alongside dist/.
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  trailingSlash: 'always',
  // Order matters: the search index is built from the finished HTML.
  // English at the root, Spanish under /es/ (src/i18n/languages.ts); pages live in src/pages/[...lang]/.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // The sitemap lists each page with its other-language version (xhtml:link alternates), with the
  // same hreflang codes as the pages' own alternate links.
  integrations: [mdx(), sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } } }), pagefindIndex()],
  security: {
    // A strict policy in a <meta> tag: hashes for Astro's own inline scripts and
    // styles, no 'unsafe-inline', nothing from other origins. Pagefind needs
    // 'wasm-unsafe-eval' for its WebAssembly and a same-origin worker.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        // No page uses <base>; 'none' stops injected markup from re-rooting relative URLs.
        "base-uri 'none'",
        "form-action 'self'",
      ],
      // frame-ancestors, X-Frame-Options, Referrer-Policy and X-Content-Type-Options
      // cannot be set from a <meta> tag: public/_headers sends them (README, "Deploying").
      // 'wasm-unsafe-eval' stays on every page because the search modal, which runs
      // Pagefind's WebAssembly, can open on every page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // No code blocks here, and Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
    // The one Markdown plugin list, inherited by MDX. GFM comes from remark-gfm
    // explicitly rather than the processor's built-in switch, so it is pinned here.
    processor: unified({
      gfm: false,
      remarkPlugins: [
        remarkGfm,
        // Content is untrusted: read its frontmatter strictly, refuse code before
        // anything is compiled further, then check the rules. See src/lib/content/.
        remarkLiteralBrackets,
        [remarkStrictFrontmatter, { root }],
        [remarkMdxComponents, { root }],
        [remarkContentRules, { root }],
        [remarkDeadlineRules, { root }],
        [remarkCitations, { knownKeys, root }],
        [remarkGlossaryLinks, { terms: glossaryTerms }],
      ],
      // Heading ids first: Astro adds them only after user plugins, and links need them.
      rehypePlugins: [
        // A translation's headings take the English anchors; Astro keeps an id already set.
        [rehypeTranslatedHeadingIds, { root }],
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, headingLinkOptions],
        rehypeLocalize,
        rehypeBackToContents,
        rehypeTableRegions,
        [rehypeAnchorAliases, { root }],
        [rehypeBaseLinks, { base }],
        // Outside links tell the destination nothing about the reader.
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
      ],
    }),
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
