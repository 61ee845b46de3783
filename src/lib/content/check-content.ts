import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkGlossary, GLOSSARY_FILE } from '../glossary';
import { findAliasCollisions, findFutureDates, findSectionConflicts } from '../sections';
import { readSources, SOURCES_DIR } from '../sources/read';
import type { KeyedSource } from '../../schemas/source';
import { findUnexpectedContentFiles, SECTION_FILE_NAME } from './files';
import { checkPublishedAnchors, PUBLISHED_ANCHORS_FILE } from './published-anchors';
import { checkSectionFile, type CheckedSection } from './section-file';

export const SECTIONS_DIR = 'content/sections';

export interface ContentCheck {
  sections: CheckedSection[];
  sources: KeyedSource[];
  /** Problems with sections, the glossary, the anchors manifest and the shape of content/. */
  errors: string[];
  /** Problems with sources; the sources loader reports these. */
  sourceErrors: string[];
}

/**
 * Checks all of `content/` without compiling or running any of it. The
 * sections loader calls this before Astro compiles a single MDX file, and
 * `npm run test:content` calls it too, so both give the same messages.
 * `today` is the build date (a section may not be current as of tomorrow).
 */
export function checkContent(root: string, today: Date): ContentCheck {
  const errors = findUnexpectedContentFiles(root);
  const sources = readSources(root, SOURCES_DIR, today);
  if (existsSync(join(root, GLOSSARY_FILE))) errors.push(...checkGlossary(readFileSync(join(root, GLOSSARY_FILE), 'utf8')).errors);
  if (existsSync(join(root, PUBLISHED_ANCHORS_FILE))) errors.push(...checkPublishedAnchors(readFileSync(join(root, PUBLISHED_ANCHORS_FILE), 'utf8')));

  const knownKeys = sources.errors.length === 0 ? new Set(sources.items.map((source) => source.key)) : undefined;
  const publicFileExists = (path: string) => {
    const target = join(root, 'public', path);
    return existsSync(target) && statSync(target).isFile();
  };
  const sections: CheckedSection[] = [];
  const dir = join(root, SECTIONS_DIR);
  const names = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && SECTION_FILE_NAME.test(entry.name)).map((entry) => entry.name).sort() : [];
  for (const name of names) {
    const file = `${SECTIONS_DIR}/${name}`;
    const result = checkSectionFile({ text: readFileSync(join(root, file), 'utf8'), file, knownKeys, publicFileExists });
    errors.push(...result.errors);
    if (result.section) sections.push(result.section);
  }

  // What only shows across files or against the build date.
  const rows = sections.map((section) => ({ ...section.frontmatter, file: section.file, body: section.body }));
  errors.push(...findSectionConflicts(rows), ...findFutureDates(rows, today), ...findAliasCollisions(rows));
  return { sections, sources: sources.items, errors, sourceErrors: sources.errors };
}
