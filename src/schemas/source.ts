import { z } from 'astro/zod';
import { httpsUrl, isoDay, nonEmpty, pageDate, partialDate } from './fields';

/**
 * One authority the explainer cites. The key is not a field: it is the YAML
 * map key the entry is filed under in `content/sources/*.yaml`.
 */

const common = {
  /** Link to the authority itself (the opinion, the code section), never to commentary about it. */
  url: httpsUrl,
  /** The day an editor last confirmed the citation and its link. */
  lastChecked: isoDay,
  /**
   * How the link was confirmed: `opened` (the page was read), `recorded` (the research
   * recorded reading it on the official host) or `pattern` (built from the publisher's
   * official URL scheme; not yet opened).
   */
  linkCheck: z.enum(['opened', 'recorded', 'pattern'], {
    error: 'Set linkCheck to "opened", "recorded" or "pattern" to say how the link was confirmed.',
  }),
  /** A short name readers search for, e.g. "Egbert" or "FTCA". */
  shortName: z.string().trim().min(1, { error: 'Remove shortName or give it a value, e.g. "FTCA".' }).optional(),
};

export const SOURCE_KINDS = ['case', 'statute', 'regulation', 'bill', 'agency', 'news', 'scholarship', 'guide'] as const;

export const CaseSource = z
  .object({
    kind: z.literal('case'),
    /** Case name as reported, e.g. "Egbert v. Boule". */
    name: nonEmpty('the case name', '"Egbert v. Boule"'),
    /** Reporter citation, e.g. "596 U.S. 482". Give this or `docket`. */
    reporter: z.string().trim().min(1).optional(),
    /** Docket number for cases without a reporter citation, e.g. "No. 23-7625". */
    docket: z.string().trim().min(1).optional(),
    /** Court as abbreviated in a citation: "U.S." for the Supreme Court, "9th Cir.", "N.D. Ga.". */
    court: nonEmpty('the court', '"U.S." for the Supreme Court or "4th Cir."'),
    /** Date decided, as precise as known. */
    decided: partialDate,
    /** A parenthetical after the date, e.g. "en banc" or "per curiam". */
    parenthetical: z.string().trim().min(1).optional(),
    /** Subsequent history, e.g. "vacated as moot, 266 F.3d 979 (9th Cir. 2001)". */
    history: z.string().trim().min(1).optional(),
    ...common,
  })
  .refine((c) => c.reporter !== undefined || c.docket !== undefined, {
    error: 'A case needs `reporter` (e.g. "596 U.S. 482") or `docket` (e.g. "No. 23-7625"). Add one.',
    path: ['reporter'],
  });

export const StatuteSource = z
  .object({
    kind: z.literal('statute'),
    /** Code title number, e.g. 28 for 28 U.S.C. Required for the U.S. Code. */
    title: z.union([z.int().positive(), z.string().trim().min(1)]).optional(),
    /** The code, e.g. "U.S.C." (default) or "Cal. Civ. Code". */
    code: z.string().trim().min(1).default('U.S.C.'),
    /** Section with any subsection, e.g. "2680(h)". */
    section: nonEmpty('the section', '"2680(h)"'),
    /** For an uncodified session law: its public-law number, e.g. "104-208". Replaces title and code. */
    publicLaw: z.string().regex(/^\d{2,3}-\d{1,4}$/, { error: 'Write publicLaw as congress-number, e.g. "104-208".' }).optional(),
    /** Popular name, e.g. "Federal Tort Claims Act". */
    name: z.string().trim().min(1).optional(),
    ...common,
  })
  .refine((s) => s.publicLaw !== undefined || s.code !== 'U.S.C.' || s.title !== undefined, {
    error: 'A U.S. Code section needs `title`, e.g. 28 for 28 U.S.C. § 2680. Add it (or `publicLaw` for a session law).',
    path: ['title'],
  });

export const RegulationSource = z
  .object({
    kind: z.literal('regulation'),
    /** C.F.R. title, e.g. 8. */
    title: z.int({ error: 'Give the C.F.R. title as a number, e.g. 8 for 8 C.F.R.' }).positive(),
    /** Section, e.g. "287.8". Give this or `part`. */
    section: z.string().trim().min(1).optional(),
    /** A whole part, e.g. "14". */
    part: z.string().trim().min(1).optional(),
    ...common,
  })
  .refine((r) => (r.section === undefined) !== (r.part === undefined), {
    error: 'A regulation needs exactly one of `section` (e.g. "287.8") or `part` (e.g. "14").',
    path: ['section'],
  });

export const BillSource = z.object({
  kind: z.literal('bill'),
  /** Bill number, e.g. "S. 3187" or "SB 627". */
  number: nonEmpty('the bill number', '"S. 3187"'),
  /** Legislature, e.g. "119th Cong." or "Cal. Legis. (2025–26)". */
  legislature: nonEmpty('the legislature', '"119th Cong."'),
  title: nonEmpty('the bill title', '"Bivens Act of 2025"'),
  /** Status in plain words, e.g. "Introduced; referred to the Judiciary Committee". */
  status: nonEmpty('the status', '"Introduced; in committee"'),
  /** Date the status was last reported. */
  statusDate: partialDate,
  ...common,
});

export const AgencySource = z.object({
  kind: z.literal('agency'),
  /** Issuing office, e.g. "U.S. Immigration & Customs Enforcement". */
  agency: nonEmpty('the agency', '"U.S. Immigration & Customs Enforcement"'),
  title: nonEmpty('the page or document title', '"Claims Under the Federal Tort Claims Act"'),
  date: pageDate,
  ...common,
});

export const NewsSource = z.object({
  kind: z.literal('news'),
  outlet: nonEmpty('the outlet', '"Reuters"'),
  title: nonEmpty('the headline', '"Why it is difficult to sue ICE agents"'),
  date: partialDate,
  author: z.string().trim().min(1).optional(),
  ...common,
});

export const ScholarshipSource = z.object({
  kind: z.literal('scholarship'),
  authors: z
    .array(z.string().trim().min(1), { error: 'List the authors, e.g. ["Joanna C. Schwartz"].' })
    .min(1, { error: 'List at least one author, e.g. ["Joanna C. Schwartz"].' }),
  title: nonEmpty('the title', '"The Myth of Personal Liability"'),
  /** Where it appeared, in citation form, e.g. "72 Stan. L. Rev. 561". */
  publishedIn: nonEmpty('where it was published', '"72 Stan. L. Rev. 561"'),
  year: z.int({ error: 'Give the year as a number, e.g. 2020.' }).min(1800).max(2100),
  ...common,
});

export const GuideSource = z.object({
  kind: z.literal('guide'),
  /** Organisation that publishes the guide, e.g. "ACLU of Arkansas". */
  publisher: nonEmpty('the publisher', '"National Police Accountability Project"'),
  title: nonEmpty('the title', '"Know your rights"'),
  date: pageDate,
  author: z.string().trim().min(1).optional(),
  ...common,
});

/**
 * Every kind is strict: a misspelled field (`paranthetical`, `histroy`) fails the
 * build instead of being dropped, and any field a kind declares is accepted.
 */
export const SourceSchema = z.discriminatedUnion(
  'kind',
  [CaseSource.strict(), StatuteSource.strict(), RegulationSource.strict(), BillSource.strict(), AgencySource.strict(), NewsSource.strict(), ScholarshipSource.strict(), GuideSource.strict()],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `Unknown source kind. Set kind to one of: ${SOURCE_KINDS.join(', ')}.`
        : undefined,
  },
);

export type Source = z.output<typeof SourceSchema>;

/** The fields a kind of source declares, for "did you mean" messages. */
export function sourceFieldNames(kind: unknown): readonly string[] {
  const option = SourceSchema.options.find((schema) => schema.shape.kind.value === kind);
  return option === undefined ? ['kind'] : Object.keys(option.shape);
}
export type SourceKind = Source['kind'];
/** A source together with the key it is cited by. */
export type KeyedSource = Source & { key: string };
