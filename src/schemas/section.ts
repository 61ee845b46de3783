import { z } from 'astro/zod';
import { scanMarkers } from '../lib/citations/markers';
import { countSentences } from '../lib/text';
import { isoDay, KEY_PATTERN, nonEmpty, sourceKey } from './fields';
import { isReservedId } from '../lib/page-ids';
import { TOPIC_IDS } from './topics';

export const SUMMARY_MAX_CHARS = 320;
/** Bounds that keep a page and the search index a sensible size. */
export const TITLE_MAX_CHARS = 70;
export const MAX_ALIASES = 40;
export const ALIAS_MAX_CHARS = 80;
export const MAX_SECTION_SOURCES = 100;
export const MAX_ANCHOR_ALIASES = 50;

/** Title, summary and aliases are shown without citation processing: a marker would appear raw. */
const noMarker = (text: string) => {
  const { markers, malformed } = scanMarkers(text);
  return markers.length === 0 && malformed.length === 0;
};
const markerMessage = (where: string) =>
  `contains a citation marker ("[@…"), which would be shown raw ${where}. Remove it and cite the fact in the body.`;

/** The permanent public slug: `/sections/<slug>/`. Renaming one breaks every shared link. */
export const sectionSlug = z
  .string({ error: 'Add slug: the permanent kebab-case URL name, e.g. "two-routes".' })
  .regex(KEY_PATTERN, { error: 'Slugs are kebab-case: lower-case letters and digits joined by single hyphens, e.g. "two-routes".' });

/** Source keys, each listed once. Checked against `content/sources/` when the section is rendered. */
export const sourceKeyList = z
  .array(sourceKey, { error: 'List the keys of the sources this section cites, e.g. ["egbert-v-boule"].' })
  .min(1, { error: 'List at least one source key: every section cites its sources.' })
  .max(MAX_SECTION_SOURCES, { error: `List at most ${MAX_SECTION_SOURCES} sources; split the section.` })
  .superRefine((keys, ctx) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `"${key}" is listed twice. List each source once.` });
      seen.add(key);
    }
  });

/**
 * Frontmatter fields of a section, apart from `sources`: `content.config.ts` swaps
 * that one for a typed reference to the sources collection.
 */
export const sectionFields = {
  /** Shown as the page's h1 and <title>; at most 70 characters so search results show it whole. */
  title: nonEmpty('a title', '"Two routes: suing the United States or the agent"')
    .max(TITLE_MAX_CHARS, { error: `Keep the title to ${TITLE_MAX_CHARS} characters or fewer; put detail in the summary.` })
    .refine(noMarker, { error: markerMessage('as the page title and in search results') }),
  slug: sectionSlug,
  /** One or two plain-language sentences shown on the home page and in search results. */
  summary: nonEmpty('a summary', '"Most claims go against the United States, not the agent."')
    .max(SUMMARY_MAX_CHARS, { error: `Keep the summary under ${SUMMARY_MAX_CHARS} characters: one or two plain sentences.` })
    .refine((text) => countSentences(text) <= 2, { error: 'Keep the summary to one or two sentences.' })
    .refine(noMarker, { error: markerMessage('on the home page, in search results and in link previews') }),
  /** Position in the reading order, from 1. */
  order: z.int({ error: 'Give order as a whole number, e.g. 3.' }).positive({ error: 'order starts at 1.' }),
  /** The date the section's statements of law and events are current as of. */
  currentAsOf: isoDay,
  /** The date an editor last reviewed the section against its sources. */
  lastReviewed: isoDay,
  topics: z
    .array(z.enum(TOPIC_IDS, { error: `Unknown topic. Use one of: ${TOPIC_IDS.join(', ')}.` }), {
      error: `List topics in brackets, e.g. [ftca], from: ${TOPIC_IDS.join(', ')}.`,
    })
    .min(1, { error: `List at least one topic, from: ${TOPIC_IDS.join(', ')}.` }),
  /** Extra words readers search for, e.g. "Federal Tort Claims Act" on the FTCA section. */
  aliases: z
    .array(
      z
        .string({ error: 'Write each alias as text in quotes, e.g. "Federal Tort Claims Act".' })
        .trim()
        .min(1, { error: 'Remove empty aliases.' })
        .max(ALIAS_MAX_CHARS, { error: `Keep each alias to ${ALIAS_MAX_CHARS} characters or fewer: aliases are search words, not text.` })
        .refine(noMarker, { error: markerMessage('to search') }),
      { error: 'List aliases as text, e.g. ["official capacity", "individual capacity"].' },
    )
    .max(MAX_ALIASES, { error: `Give at most ${MAX_ALIASES} aliases; keep the ones readers really search for.` })
    .default([]),
  /**
   * Old heading ids that must keep working after a heading is renamed:
   * `{ old-id: new-id }`. See README, "Renaming a heading".
   */
  anchorAliases: z
    .record(
      z
        .string()
        .regex(KEY_PATTERN, { error: 'Anchor ids are kebab-case, e.g. "in-one-paragraph".' })
        .refine((id) => !isReservedId(id), { error: 'This id is used by the page layout (e.g. "sources", "source-…", "cite-…"). An old heading never had it: remove the alias.' }),
      z.string({ error: 'Give the new heading id as text, e.g. "in-brief".' }).regex(/^[\p{L}\p{N}-]+$/u, { error: 'Give the new heading id, e.g. "in-brief".' }),
      { error: (issue) => (issue.code === 'invalid_type' ? 'Map each old heading id to the new one, e.g. anchorAliases: { in-one-paragraph: in-brief }.' : undefined) },
    )
    .refine((aliases) => Object.keys(aliases).length <= MAX_ANCHOR_ALIASES, { error: `Keep at most ${MAX_ANCHOR_ALIASES} anchor aliases.` })
    .default({}),
};

export const checkDates = (section: { currentAsOf: unknown; lastReviewed: unknown }, ctx: z.RefinementCtx) => {
  // Runs even when a date field failed; only compare two real dates.
  if (!(section.currentAsOf instanceof Date) || !(section.lastReviewed instanceof Date)) return;
  if (section.currentAsOf.getTime() > section.lastReviewed.getTime()) {
    ctx.addIssue({
      code: 'custom',
      path: ['currentAsOf'],
      message: 'currentAsOf is later than lastReviewed. A section cannot be current past its last review: fix one of the dates.',
    });
  }
};

/**
 * Builds the section schema around a given `sources` field schema. It is strict:
 * a misspelled or unknown field (`lastreviewed`, `draft: true`) fails instead of
 * being dropped; src/lib/content/issues.ts turns that into "did you mean …".
 */
export function makeSectionSchema<S extends z.ZodType>(sources: S) {
  return z.strictObject({ ...sectionFields, sources }).superRefine(checkDates);
}

/** Every frontmatter field a section may have. */
export const SECTION_FIELD_NAMES: readonly string[] = [...Object.keys(sectionFields), 'sources'];

export const SectionSchema = makeSectionSchema(sourceKeyList);
export type SectionFrontmatter = z.output<typeof SectionSchema>;
