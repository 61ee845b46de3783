import { z } from 'astro/zod';
import { KEY_PATTERN } from './fields';

/**
 * `content/glossary/terms.yaml`: each key is the anchor of the term's heading
 * on the glossary page (`/sections/glossary/#ftca`); `match` lists the exact
 * words whose first use in each section links there.
 */
export const GlossaryTermSchema = z.object({
  /** The heading text on the glossary page, e.g. "FTCA (Federal Tort Claims Act)". */
  term: z.string().trim().min(1, { error: 'Add the term as it appears in the glossary heading.' }),
  /** Exact, case-sensitive phrases to link, longest first, e.g. ["Federal Tort Claims Act", "FTCA"]. */
  match: z.array(z.string().trim().min(2)).min(1, { error: 'List at least one phrase to link, e.g. ["FTCA"].' }),
});

export const GlossarySchema = z.record(
  z.string().regex(KEY_PATTERN, { error: 'Glossary keys are kebab-case anchors, e.g. "sum-certain".' }),
  GlossaryTermSchema,
);

export type GlossaryTerm = z.output<typeof GlossaryTermSchema> & { anchor: string };
