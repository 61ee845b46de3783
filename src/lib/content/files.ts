import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_FILE_NAME } from '../sources/read';

/**
 * Everything in `content/` is read by something, so a file nothing reads is a
 * mistake that would otherwise be silent: a section saved as `third.md` or
 * `third.MDX` is never published, a `more/extra.yaml` source is never
 * validated, and a component under `content/` could be imported by a section.
 * The expected layout:
 *
 * ```text
 * content/
 *   sections/<slug>.mdx       one per section, named after its slug
 *   sources/<name>.yaml       kebab-case names, no sub-folders
 *   glossary/terms.yaml
 *   first-steps/<lang>.yaml   the "What to do now" block, one file per language
 *   es/sections/<slug>.mdx    Spanish translations, one per English section
 *   es/glossary/terms.yaml    the Spanish glossary terms
 *   changes.yaml              the corrections log
 *   published-anchors.json
 * ```
 */

export const SECTION_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;
/** Written by macOS Finder; never committed (.gitignore) and never read. */
const IGNORED = new Set(['.DS_Store']);

interface Place {
  /** What may be here: file names (pattern) and the advice for anything else. */
  files: RegExp;
  advice: string;
}

const PLACES: Record<string, Place> = {
  'content': {
    files: /^(?:published-anchors\.json|changes\.yaml)$/,
    advice: 'content/ holds only sections/, sources/, glossary/, first-steps/, es/, changes.yaml and published-anchors.json. Move it to its folder or remove it.',
  },
  'content/sections': {
    files: SECTION_FILE_NAME,
    advice: 'sections are .mdx files named after their slug in lower case (e.g. two-routes.mdx), directly in content/sections/. Rename or move it: as it is, it would never be published.',
  },
  'content/sources': {
    files: SOURCE_FILE_NAME,
    advice: 'sources are .yaml files with kebab-case names (e.g. cases.yaml), directly in content/sources/. Rename or move it: as it is, its entries would never be checked.',
  },
  'content/first-steps': {
    files: /^(?:en|es)\.yaml$/,
    advice: 'the "What to do now" block is one file per language, e.g. content/first-steps/en.yaml. Rename or remove this file.',
  },
  'content/es': {
    files: /^$/,
    advice: 'content/es/ holds only the Spanish sections/ and glossary/ folders. Move it there or remove it.',
  },
  'content/es/sections': {
    files: SECTION_FILE_NAME,
    advice: 'Spanish sections are .mdx files named after the English slug (e.g. two-routes.mdx), directly in content/es/sections/. Rename or move it: as it is, it would never be published.',
  },
  'content/es/glossary': {
    files: /^terms\.yaml$/,
    advice: 'the Spanish glossary is the one file content/es/glossary/terms.yaml. Move its terms there and remove this file.',
  },
  'content/glossary': {
    files: /^terms\.yaml$/,
    advice: 'the glossary is the one file content/glossary/terms.yaml. Move its terms there and remove this file.',
  },
};

/** Problems with the shape of `content/`, each naming the path and the fix. */
export function findUnexpectedContentFiles(root: string): string[] {
  const errors: string[] = [];
  if (!existsSync(join(root, 'content/sections'))) return ['content/sections/: the folder is missing. Sections live in content/sections/<slug>.mdx.'];
  const walk = (dir: string) => {
    const place = PLACES[dir];
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${dir}/${entry.name}`;
      if (IGNORED.has(entry.name)) continue;
      if (lstatSync(join(root, path)).isSymbolicLink()) {
        errors.push(`${path}: is a symbolic link. Content must be real files inside content/: replace it with the file itself.`);
      } else if (entry.isDirectory()) {
        if (PLACES[path] !== undefined) walk(path);
        else errors.push(`${path}/: unexpected folder. ${place?.advice ?? ''}`.trim());
      } else if (!entry.isFile() || place === undefined || !place.files.test(entry.name)) {
        errors.push(`${path}: unexpected file. ${place?.advice ?? ''}`.trim());
      }
    }
  };
  walk('content');
  return errors;
}
