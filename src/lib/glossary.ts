import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GlossarySchema, type GlossaryTerm } from '../schemas/glossary';
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

/** Reads and validates the glossary terms; throws one message naming the file and the fix. */
export function readGlossary(root: string): GlossaryTerm[] {
  // A site may have no glossary yet; then there is nothing to link.
  if (!existsSync(join(root, GLOSSARY_FILE))) return [];
  const result = GlossarySchema.safeParse(parse(readFileSync(join(root, GLOSSARY_FILE), 'utf8')) ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || 'file'}: ${issue.message}`);
    throw new Error(`${GLOSSARY_FILE}: invalid glossary:\n${lines.join('\n')}`);
  }
  const terms = Object.entries(result.data).map(([anchor, term]) => ({ anchor, ...term }));
  // The key must be the id the glossary heading gets, or links would miss it.
  const wrong = terms.filter((t) => headingSlug(t.term) !== t.anchor);
  if (wrong.length > 0) {
    const lines = wrong.map((t) => `  - "${t.anchor}": a heading "${t.term}" gets the id "${headingSlug(t.term)}". Rename the key to "${headingSlug(t.term)}".`);
    throw new Error(`${GLOSSARY_FILE}: keys must match their heading ids:\n${lines.join('\n')}`);
  }
  return terms;
}
