import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkGlossary, checkTranslatedGlossary, ES_GLOSSARY_FILE, GLOSSARY_FILE } from '../glossary';
import { findAliasCollisions, findFutureDates, findSectionConflicts } from '../sections';
import { readSources, SOURCES_DIR } from '../sources/read';
import type { KeyedSource } from '../../schemas/source';
import { findUnexpectedContentFiles, SECTION_FILE_NAME } from './files';
import { checkPublishedAnchors, PUBLISHED_ANCHORS_FILE } from './published-anchors';
import { bodyShape, findTranslationProblems, translationStatus } from '../translations';
import { checkSectionFile, checkTranslationFile, type CheckedSection, type CheckedTranslation } from './section-file';

export const SECTIONS_DIR = 'content/sections';
/** Spanish translations of the sections, one per English slug. */
export const ES_SECTIONS_DIR = 'content/es/sections';

export interface ContentCheck {
  sections: CheckedSection[];
  /** Spanish translations (content/es/sections/), each checked like a section and against its English original. */
  translations: CheckedTranslation[];
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
  const glossary = existsSync(join(root, GLOSSARY_FILE)) ? checkGlossary(readFileSync(join(root, GLOSSARY_FILE), 'utf8')) : { terms: [], errors: [] };
  errors.push(...glossary.errors);
  if (existsSync(join(root, ES_GLOSSARY_FILE))) {
    errors.push(...checkTranslatedGlossary(readFileSync(join(root, ES_GLOSSARY_FILE), 'utf8'), ES_GLOSSARY_FILE, new Set(glossary.terms.map((term) => term.anchor))).errors);
  }
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

  // Translations: the same rules, then the same law and sources as their English original.
  const translations: CheckedTranslation[] = [];
  const esDir = join(root, ES_SECTIONS_DIR);
  const esNames = existsSync(esDir) ? readdirSync(esDir, { withFileTypes: true }).filter((entry) => entry.isFile() && SECTION_FILE_NAME.test(entry.name)).map((entry) => entry.name).sort() : [];
  const english = new Map(sections.map((section) => [section.frontmatter.slug, section]));
  for (const name of esNames) {
    const file = `${ES_SECTIONS_DIR}/${name}`;
    const result = checkTranslationFile({ text: readFileSync(join(root, file), 'utf8'), file, knownKeys, publicFileExists });
    errors.push(...result.errors);
    if (result.section === undefined) continue;
    translations.push(result.section);
    const original = english.get(result.section.frontmatter.slug);
    const shape = bodyShape(result.section.body);
    const originalShape = original && bodyShape(original.body);
    if (shape === undefined || (original !== undefined && originalShape === undefined)) continue;
    // A translation made from an older English file may differ from it: the page says it is behind
    // and the translations page lists it, so a change to the English never blocks the build. The
    // comparison applies again once the translation is brought up to date.
    if (original !== undefined && translationStatus(readFileSync(join(root, original.file), 'utf8'), result.section.frontmatter.translatedFrom) === 'behind') continue;
    errors.push(
      ...findTranslationProblems({
        file,
        sources: result.section.frontmatter.sources,
        shape,
        original: original && originalShape && { file: original.file, sources: original.frontmatter.sources, shape: originalShape },
      }),
    );
  }
  const esRows = translations.map((section) => ({ ...section.frontmatter, file: section.file, body: section.body }));
  errors.push(...findFutureDates(esRows, today), ...findAliasCollisions(esRows));
  return { sections, translations, sources: sources.items, errors, sourceErrors: sources.errors };
}
