import { z } from 'astro/zod';
import { isoDay, KEY_PATTERN, nonEmpty, sourceKey } from './fields';

/**
 * One entry of the public corrections log, `content/changes.yaml`: what changed
 * on which section, when, why, and on what authority. The log is append-only:
 * an entry is never edited to say something it did not say when published,
 * only followed by a newer one.
 */
export const CHANGE_KINDS = {
  correction: 'Correction',
  update: 'Update',
  addition: 'Addition',
  clarification: 'Clarification',
} as const;

export type ChangeKind = keyof typeof CHANGE_KINDS;

/** A row id in an independent review, e.g. "X7" or "X-W2" (see docs/reviews/). */
const REVIEW_ROW = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;

export const ChangeSchema = z.strictObject({
  /** The day the change was published. */
  date: isoDay,
  /** The slug of the section that changed, e.g. "filing-an-ftca-claim". */
  section: z.string({ error: 'Add section: the slug of the section that changed, e.g. "filing-an-ftca-claim".' }).regex(KEY_PATTERN, {
    error: 'section is a section slug in kebab-case, e.g. "filing-an-ftca-claim".',
  }),
  /** The heading id the change is under, e.g. "deadlines"; leave it out for a change to the whole page. */
  anchor: z.string().regex(/^[\p{L}\p{N}-]+$/u, { error: 'anchor is a heading id on that section, e.g. "deadlines".' }).optional(),
  kind: z.enum(Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]], {
    error: `Set kind to one of: ${Object.keys(CHANGE_KINDS).join(', ')}. A correction fixes something that was wrong.`,
  }),
  /** What changed, for readers, in one or two plain sentences. */
  what: nonEmpty('what changed', '"The deadline box now says the six months run from the day a denial is mailed."').max(400, {
    error: 'Keep "what" to one or two sentences (400 characters).',
  }),
  /** Why it changed: the error found, or the new development. */
  why: nonEmpty('why it changed', '"The box said a claimant could wait indefinitely after six months."').max(600, {
    error: 'Keep "why" to a few sentences (600 characters).',
  }),
  /** Keys of the sources that support the new text. */
  sources: z.array(sourceKey).default([]),
  /** The same entry for the Spanish edition: what changed and why, in Spanish. */
  es: z
    .strictObject({
      what: nonEmpty('what changed, in Spanish', '"El recuadro de plazos ahora dice que los seis meses corren desde el día en que se envía la denegación."').max(400, {
        error: 'Keep "es.what" to one or two sentences (400 characters).',
      }),
      why: nonEmpty('why it changed, in Spanish', '"El recuadro decía que se podía esperar sin límite."').max(600, { error: 'Keep "es.why" to a few sentences (600 characters).' }),
    })
    .optional(),
  /** Rows of an independent review this change resolves, e.g. ["G1", "X8"]. */
  review: z.array(z.string().regex(REVIEW_ROW, { error: 'Review rows look like "X7" or "X-W2".' })).default([]),
});

export const ChangeLogSchema = z.array(ChangeSchema, { error: 'content/changes.yaml is a list of entries, each starting with "- date:".' });

export type Change = z.output<typeof ChangeSchema>;
