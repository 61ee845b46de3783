import { z } from 'astro/zod';
import { nonEmpty } from './fields';

/**
 * The "What to do now" block (content/first-steps/<lang>.yaml): the deadline with
 * its warnings and three numbered steps, shown on the home page and above the
 * short answer, plus the notice above every section. Texts are one paragraph of
 * Markdown (bold, italics, links) with `[@key]` citation markers.
 */

/** A site path such as "/sections/practical-steps/#finding-a-lawyer". */
const sitePath = z
  .string({ error: 'Give the link as a site path, e.g. "/sections/filing-an-ftca-claim/#deadlines".' })
  .regex(/^\/[a-z0-9/-]*(?:#[a-z0-9-]+)?$/, {
    error: 'Give the link as a site path starting with "/", e.g. "/sections/filing-an-ftca-claim/#deadlines".',
  });

const text = (what: string) => nonEmpty(what, '"Keep photos and medical records [@deportation-defense-manual-raid]."').max(400, {
  error: `Keep ${what} under 400 characters: the block must fit on the first screen of a phone.`,
});

export const FirstStepsSchema = z.strictObject({
  /** The block's heading, e.g. "What to do now". */
  title: nonEmpty('the title', '"What to do now"'),
  deadline: z.strictObject({
    /** Bold words before the deadline, e.g. "Deadline:"; they link to the full deadlines. */
    label: nonEmpty('the label', '"Deadline:"'),
    href: sitePath,
    text: text('the deadline'),
  }),
  steps: z
    .array(
      z.strictObject({
        /** The step in a few words; it links to the detail, e.g. "Keep records." */
        lead: nonEmpty('the step in a few words', '"Keep records."'),
        href: sitePath,
        text: text('the step'),
      }),
    )
    .min(1, { error: 'Give at least one step.' })
    .max(3, { error: 'Keep to three steps: the block must fit on the first screen of a phone.' }),
  notice: z.strictObject({
    /** The notice's bold opening, also its accessible name. */
    label: nonEmpty('the label', '"Legal information, not legal advice."'),
    /** Above every section: names the deadline, with both warnings. */
    full: text('the notice'),
    /** Where the block itself is on the page. */
    short: text('the short notice'),
  }),
});

export type FirstSteps = z.output<typeof FirstStepsSchema>;
