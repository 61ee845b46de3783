import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { readSectionFrontmatter } from '../lib/content/section-file';
import { contentErrorMessage } from '../lib/sources/read';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Makes the MDX compiler use the project's strict YAML reader for frontmatter.
 * Astro parses MDX frontmatter with js-yaml before any plugin runs; this
 * replaces that result with the strict reading of the same file (the one the
 * sections loader validated), so `sources` and `anchorAliases` mean the same
 * thing to every plugin as to the loader: `010:` stays the key "010" and a date
 * stays the text written. A file the strict reader refuses fails here too.
 */
export function remarkStrictFrontmatter(options: { root?: string } = {}) {
  return (_tree: unknown, file: VFile) => {
    // Sections and their translations only: other MDX (none today) keeps its own frontmatter.
    if (!file.path || !/[\\/]content[\\/](?:es[\\/])?sections[\\/][^\\/]+\.mdx$/.test(file.path)) return;
    const where = relative(options.root ?? process.cwd(), file.path);
    const { data, errors } = readSectionFrontmatter(readFileSync(file.path, 'utf8'), where);
    if (errors.length > 0 || data === undefined) throw new Error(contentErrorMessage('Invalid section frontmatter', errors));
    const astro = ((file.data as AstroData).astro ??= {});
    astro.frontmatter = { ...data };
  };
}
