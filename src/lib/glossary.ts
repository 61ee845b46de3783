import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY_FIELD_NAMES, GlossarySchema, type GlossaryTerm } from '../schemas/glossary';
import { findForbiddenCharacters, FORBIDDEN_CHARACTER_FIX } from './content/characters';
import { formatIssues } from './content/issues';
import { readYaml } from './content/yaml';
import { headingSlug } from './slug';

export const GLOSSARY_FILE = 'content/glossary/terms.yaml';
export const GLOSSARY_SLUG = 'glossary';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first place in `text` where one of `phrases` stands as a whole word
 * ("FTCA" in "the FTCA's", not in "FTCAx"), or null.
 */
export function findFirstPhrase(text: string, phrases: readonly string[]): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const phrase of phrases) {
    const match = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(phrase)}(?![\\p{L}\\p{N}-])`, 'u').exec(text);
    if (match && (best === null || match.index < best.start)) best = { start: match.index, end: match.index + phrase.length };
  }
  return best;
}

/** Largest glossary file; today's is under 2 kB. */
export const MAX_GLOSSARY_BYTES = 50_000;

/**
 * Checks the glossary's text with the strict YAML reader and schema; each error
 * is `content/glossary/terms.yaml:line: …` with the fix.
 */
export function checkGlossary(text: string, file = GLOSSARY_FILE): { terms: GlossaryTerm[]; errors: string[] } {
  if (text.length > MAX_GLOSSARY_BYTES) return { terms: [], errors: [`${file}:1: the glossary is ${text.length} characters long; the limit is ${MAX_GLOSSARY_BYTES}. Keep definitions on the glossary page.`] };
  const errors = findForbiddenCharacters(text).map((found) => `${file}:${found.line}: column ${found.column} holds the invisible character ${found.label}. ${FORBIDDEN_CHARACTER_FIX}`);
  const yaml = readYaml(text, file, { maxDepth: 3, describeKey: (path) => (path.length === 1 ? `term "${String(path[0])}"` : `term "${String(path[0])}", field "${path.slice(1).map(String).join('.')}"`) });
  if (yaml.errors.length > 0) return { terms: [], errors: [...errors, ...yaml.errors] };
  const result = GlossarySchema.safeParse(yaml.value ?? {});
  if (!result.success) {
    for (const issue of formatIssues(result.error.issues, yaml.value, () => GLOSSARY_FIELD_NAMES)) {
      const [term, ...field] = issue.path.map(String);
      const where = term === undefined ? 'the file' : field.length === 0 ? `term "${term}"` : `term "${term}", field "${field.join('.')}"`;
      errors.push(`${file}:${yaml.lineOf(issue.path)}: ${where}: ${issue.message}`);
    }
    return { terms: [], errors };
  }
  const terms = Object.entries(result.data).map(([anchor, term]) => ({ anchor, ...term }));
  // The key must be the id the glossary heading gets, or links would miss it.
  for (const t of terms) {
    if (headingSlug(t.term) !== t.anchor) errors.push(`${file}:${yaml.lineOf([t.anchor])}: term "${t.anchor}": a heading "${t.term}" gets the id "${headingSlug(t.term)}". Rename the key to "${headingSlug(t.term)}".`);
  }
  return { terms: errors.length > 0 ? [] : terms, errors };
}

/** The Spanish glossary's terms: keys are the English glossary's anchors, so a term links to the same part of the glossary in both languages. */
export const ES_GLOSSARY_FILE = 'content/es/glossary/terms.yaml';

/**
 * Checks a translated glossary: the same schema, but the keys are the English
 * terms' anchors (the translated glossary page keeps the English anchors), so
 * a key must exist in the English glossary rather than match its own heading.
 */
export function checkTranslatedGlossary(text: string, file: string, englishAnchors: ReadonlySet<string>): { terms: GlossaryTerm[]; errors: string[] } {
  if (text.length > MAX_GLOSSARY_BYTES) return { terms: [], errors: [`${file}:1: the glossary is ${text.length} characters long; the limit is ${MAX_GLOSSARY_BYTES}.`] };
  const errors = findForbiddenCharacters(text).map((found) => `${file}:${found.line}: column ${found.column} holds the invisible character ${found.label}. ${FORBIDDEN_CHARACTER_FIX}`);
  const yaml = readYaml(text, file, { maxDepth: 3 });
  if (yaml.errors.length > 0) return { terms: [], errors: [...errors, ...yaml.errors] };
  const result = GlossarySchema.safeParse(yaml.value ?? {});
  if (!result.success) {
    for (const issue of formatIssues(result.error.issues, yaml.value, () => GLOSSARY_FIELD_NAMES)) {
      errors.push(`${file}:${yaml.lineOf(issue.path)}: term "${issue.path.map(String).join('.')}": ${issue.message}`);
    }
    return { terms: [], errors };
  }
  const terms = Object.entries(result.data).map(([anchor, term]) => ({ anchor, ...term }));
  for (const t of terms) {
    if (!englishAnchors.has(t.anchor)) errors.push(`${file}:${yaml.lineOf([t.anchor])}: term "${t.anchor}" is not a term of ${GLOSSARY_FILE}. Use the English term's key: the Spanish glossary keeps the English anchors.`);
  }
  return { terms: errors.length > 0 ? [] : terms, errors };
}

/** The terms to link in a language's sections; a missing translated glossary links nothing. */
export function readGlossaryFor(root: string, lang: 'en' | 'es'): GlossaryTerm[] {
  if (lang === 'en') return readGlossary(root);
  if (!existsSync(join(root, ES_GLOSSARY_FILE))) return [];
  const english = new Set(readGlossary(root).map((term) => term.anchor));
  const { terms, errors } = checkTranslatedGlossary(readFileSync(join(root, ES_GLOSSARY_FILE), 'utf8'), ES_GLOSSARY_FILE, english);
  if (errors.length > 0) throw new Error(`${ES_GLOSSARY_FILE}: invalid glossary:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
  return terms;
}

/** Reads and validates the glossary terms; throws one message naming the file, the line and the fix. */
export function readGlossary(root: string): GlossaryTerm[] {
  // A site may have no glossary yet; then there is nothing to link.
  if (!existsSync(join(root, GLOSSARY_FILE))) return [];
  const { terms, errors } = checkGlossary(readFileSync(join(root, GLOSSARY_FILE), 'utf8'));
  if (errors.length > 0) throw new Error(`${GLOSSARY_FILE}: invalid glossary:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
  return terms;
}
