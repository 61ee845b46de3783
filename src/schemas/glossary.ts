import { z } from 'astro/zod';
import { KEY_PATTERN } from './fields';

/**
 * `content/glossary/terms.yaml`: each key is the anchor of the term's heading
 * on the glossary page (`/sections/glossary/#ftca`); `match` lists the exact
 * words whose first use in each section links there.
 */
export const GlossaryTermSchema = z.strictObject({
  /** The heading text on the glossary page, e.g. "FTCA (Federal Tort Claims Act)". */
  term: z
    .string({ error: 'Add the term as it appears in the glossary heading, e.g. term: FTCA.' })
    .trim()
    .min(1, { error: 'Add the term as it appears in the glossary heading.' })
    .max(80, { error: 'Keep the term to 80 characters or fewer.' }),
  /** Exact, case-sensitive phrases to link, longest first, e.g. ["Federal Tort Claims Act", "FTCA"]. */
  match: z
    .array(
      z
        .string({ error: 'Write each phrase as text in quotes, e.g. "FTCA".' })
        .trim()
        .min(2, { error: 'A phrase to link needs at least two characters.' })
        .max(80, { error: 'Keep each phrase to 80 characters or fewer.' }),
      { error: 'List the phrases in brackets, e.g. match: ["Federal Tort Claims Act", "FTCA"].' },
    )
    .min(1, { error: 'List at least one phrase to link, e.g. ["FTCA"].' })
    .max(20, { error: 'List at most 20 phrases.' }),
});

/** The fields a glossary term may have, for "did you mean" messages. */
export const GLOSSARY_FIELD_NAMES: readonly string[] = Object.keys(GlossaryTermSchema.shape);

export const GlossarySchema = z.record(
  z.string().regex(KEY_PATTERN, { error: 'Glossary keys are kebab-case anchors, e.g. "sum-certain".' }),
  GlossaryTermSchema,
);

export type GlossaryTerm = z.output<typeof GlossaryTermSchema> & { anchor: string };
