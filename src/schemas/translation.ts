import { z } from 'astro/zod';
import { checkDates, sectionFields, sourceKeyList } from './section';

/**
 * Frontmatter of a translated section, `content/<lang>/sections/<slug>.mdx`. The
 * file translates the English section with the same slug: its reading order,
 * topics and heading anchors come from the English file; its own fields are the
 * words readers see and search, the sources (the same as the English), the dates
 * of this translation, and `translatedFrom`, the fingerprint of the English file
 * it was made from (`npm run translations:hash`). When the English changes, the
 * fingerprints differ and the page says the translation is behind.
 */
export const translationFields = {
  title: sectionFields.title,
  slug: sectionFields.slug,
  summary: sectionFields.summary,
  /** The day through which the law and events in this translation were checked (the English `currentAsOf` it reflects). */
  currentAsOf: sectionFields.currentAsOf,
  /** The day this translation was last reviewed against the English. */
  lastReviewed: sectionFields.lastReviewed,
  aliases: sectionFields.aliases,
  /** The first 12 hex digits of the SHA-256 of the English file this translates, e.g. "3f2a9c0b1d4e". */
  translatedFrom: z
    .string({ error: 'Give translatedFrom: the fingerprint `npm run translations:hash` prints for the English file, e.g. "3f2a9c0b1d4e".' })
    .regex(/^[0-9a-f]{12}$/, { error: 'translatedFrom is 12 lower-case hex digits, as `npm run translations:hash` prints them, e.g. "3f2a9c0b1d4e".' }),
};

export function makeTranslationSchema<S extends z.ZodType>(sources: S) {
  return z.strictObject({ ...translationFields, sources }).superRefine(checkDates);
}

export const TRANSLATION_FIELD_NAMES: readonly string[] = [...Object.keys(translationFields), 'sources'];
export const TranslationSchema = makeTranslationSchema(sourceKeyList);
export type TranslationFrontmatter = z.output<typeof TranslationSchema>;
