import { z } from 'astro/zod';
import { httpsUrl, isoDay, nonEmpty, pageDate, partialDate } from './fields';

/**
 * One authority the explainer cites. The key is not a field: it is the YAML
 * map key the entry is filed under in `content/sources/*.yaml`.
 *
 * Text fields that print in a citation may mark a name that is italic in
 * running text with asterisks, as in Markdown: `Who Pays When *Bivens* Claims
 * Succeed`. Inside an italic title it then prints in roman ("reverse italics").
 */

const optionalText = (example: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Remove the field or give it a value, e.g. ${example}.` })
    .optional();

/** Link fields shared by every kind; `checkLinkDates` enforces how they fit together. */
const common = {
  /** Link to the authority itself (the opinion, the code section), never to commentary about it. */
  url: httpsUrl,
  /**
   * How the link was confirmed: `opened` (someone on the project opened the page on
   * `lastChecked`), `recorded` (the research recorded reading the page; no day
   * recorded unless `lastChecked` gives it) or `pattern` (built from the
   * publisher's official address scheme and never opened: no `lastChecked`).
   */
  linkCheck: z.enum(['opened', 'recorded', 'pattern'], {
    error: 'Set linkCheck to "opened", "recorded" or "pattern" to say how the link was confirmed.',
  }),
  /** The day the page was actually opened and read. Only for `opened` (required) and `recorded` (when the research gives the day). */
  lastChecked: isoDay.optional(),
  /** A short name readers search for, e.g. "Egbert" or "FTCA". */
  shortName: z.string().trim().min(1, { error: 'Remove shortName or give it a value, e.g. "FTCA".' }).optional(),
  /** A plain-language caveat shown beside the citation, e.g. "Headline not yet recorded." */
  note: optionalText('"Headline not yet recorded."'),
};

type LinkFields = { linkCheck?: unknown; lastChecked?: unknown };

/**
 * A date says what was done and when: an opened link carries the day it was
 * opened; a link built from an address pattern was never opened, so it has none.
 */
function checkLinkDates(source: LinkFields, ctx: z.RefinementCtx): void {
  if (source.linkCheck === 'opened' && source.lastChecked === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['lastChecked'],
      message: 'linkCheck is "opened", so give lastChecked: the day the page was opened, e.g. 2026-11-29. If nobody has opened it, use "recorded" or "pattern".',
    });
  }
  if (source.linkCheck === 'pattern' && source.lastChecked !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['lastChecked'],
      message: 'linkCheck is "pattern": the link was built from an address scheme and never opened, so it has no lastChecked date. Remove lastChecked, or open the page and set linkCheck to "opened".',
    });
  }
}

export const SOURCE_KINDS = ['case', 'statute', 'regulation', 'bill', 'agency', 'news', 'scholarship', 'guide'] as const;

/** One or several parentheticals, each printed in its own parentheses: "(en banc) (per curiam)". */
const parentheticals = z
  .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)], {
    error: 'Give the parenthetical as text, e.g. "per curiam", or a list, e.g. ["en banc", "per curiam"].',
  })
  .transform((value) => (typeof value === 'string' ? [value] : value))
  .refine((items) => items.every((item) => !/^\(.*\)$/.test(item)), { error: 'Write a parenthetical without its parentheses, e.g. "en banc".' })
  .optional();

/** Explanatory phrases that introduce prior or subsequent case history (Bluebook table T8). */
export const HISTORY_PHRASES = [
  "aff'd",
  "aff'd in part, rev'd in part",
  "aff'd sub nom.",
  "aff'g",
  'cert. denied',
  'cert. granted',
  'cert. dismissed',
  'petition for cert. filed',
  'modified',
  "rev'd",
  "rev'd sub nom.",
  "rev'g",
  'vacated',
  'vacated as moot',
  'vacated sub nom.',
  'vacating',
  'withdrawn',
] as const;

/** One step of prior or subsequent history: `vacated as moot, 266 F.3d 979 (9th Cir. 2001)`. */
const historyStep = z.strictObject({
  phrase: z.enum(HISTORY_PHRASES, { error: `Use one of the explanatory phrases: ${HISTORY_PHRASES.join(', ')}.` }),
  /** The case name when it differs (after "sub nom."). */
  name: z.string().trim().min(1).optional(),
  /** The rest of the citation, e.g. "266 F.3d 979 (9th Cir. 2001)". */
  citation: nonEmpty('the citation', '"266 F.3d 979 (9th Cir. 2001)"'),
});

const caseFields = z.object({
  kind: z.literal('case'),
  /** Case name as reported, in full, e.g. "Sheikh v. U.S. Department of Homeland Security"; citations abbreviate it (table T6). */
  name: nonEmpty('the case name', '"Egbert v. Boule"'),
  /** Reporter citation, e.g. "596 U.S. 482", or "606 U.S. ___" before the page is known. Give this or `docket`. */
  reporter: z.string().trim().min(1).optional(),
  /** Docket number for cases without a reporter citation, e.g. "No. 23-7625". */
  docket: z.string().trim().min(1).optional(),
  /** Court as abbreviated in a citation: "U.S." for the Supreme Court, "9th Cir.", "N.D. Ga.". */
  court: nonEmpty('the court', '"U.S." for the Supreme Court or "4th Cir."'),
  /** Date decided, as precise as known. */
  decided: partialDate,
  /** Parentheticals after the date, e.g. ["en banc", "per curiam"] or "Lynch, J., dissenting in part". */
  parenthetical: parentheticals,
  /** Prior and subsequent history, in order, e.g. [{ phrase: "vacated as moot", citation: "266 F.3d 979 (9th Cir. 2001)" }]. */
  history: z.array(historyStep, { error: 'Give history as a list of { phrase, citation } steps.' }).optional(),
  ...common,
});

export const CaseSource = caseFields
  .refine((c) => c.reporter !== undefined || c.docket !== undefined, {
    error: 'A case needs `reporter` (e.g. "596 U.S. 482") or `docket` (e.g. "No. 23-7625"). Add one.',
    path: ['reporter'],
  })
  .superRefine(checkLinkDates);

/** "104-208" for a federal public law. */
const publicLawNumber = z.string().regex(/^\d{2,3}-\d{1,4}$/, { error: 'Write publicLaw as congress-number, e.g. "104-208".' });

const statuteFields = z.object({
  kind: z.literal('statute'),
  /** Code title number, e.g. 28 for 28 U.S.C. Required for the U.S. Code. */
  title: z.union([z.int().positive(), z.string().trim().min(1)]).optional(),
  /** The code, e.g. "U.S.C." (default) or "Cal. Civ. Code". */
  code: z.string().trim().min(1).default('U.S.C.'),
  /** Section with any subsection, e.g. "2680(h)"; for a session law, the section of the law itself. */
  section: z.string().trim().min(1).optional(),
  /**
   * For a code section: what it is, in plain words, e.g. "FTCA exceptions" (shown beside the citation).
   * For a session law: the act's name as enacted, which the citation prints first.
   */
  name: z.string().trim().min(1).optional(),
  /** For a federal session law: its public-law number, e.g. "104-208". Replaces title and code. */
  publicLaw: publicLawNumber.optional(),
  /** For a state session law: its number as the state writes it, e.g. "Pub. Act 104-0440". Needs `jurisdiction`. */
  sessionLaw: z.string().trim().min(1).optional(),
  /** The state of a state session law, abbreviated as in table T10, e.g. "Ill.". */
  jurisdiction: z.string().trim().min(1).optional(),
  /** Where the cited part sits inside the session law, with its label, e.g. "div. C" or "art. 5". */
  subdivision: z.string().trim().min(1).optional(),
  /** The section of the named act when it differs from the section of the public law, e.g. "636". */
  actSection: z.string().trim().min(1).optional(),
  /** Statutes at Large: first page, then pinpoint pages, e.g. "110 Stat. 3009-546, 3009-563 to -564". */
  stat: z.string().regex(/^\d+ Stat\. \S/, { error: 'Write the Statutes at Large cite as volume Stat. page, e.g. "110 Stat. 3009-546, 3009-563 to -564".' }).optional(),
  /** When the session law was enacted (year or full date). Printed as the year unless the act's name already ends in it. */
  enacted: partialDate.optional(),
  /** Later laws that amended it, each a full cite with its year, e.g. "Pub. L. No. 106-58, § 642 (1999)". */
  amendedBy: z.array(z.string().regex(/\(\d{4}\)$/, { error: 'End each amendment with its year in parentheses, e.g. "Pub. L. No. 106-58, § 642 (1999)".' })).optional(),
  /** Where the session law sits in the code, e.g. "8 U.S.C. § 1357(g)". */
  codifiedAt: z.string().trim().min(1).optional(),
  ...common,
});

export const StatuteSource = statuteFields
  .superRefine((s, ctx) => {
    const sessionLaw = s.publicLaw !== undefined || s.sessionLaw !== undefined;
    if (!sessionLaw && s.section === undefined) {
      ctx.addIssue({ code: 'custom', path: ['section'], message: 'Add the section, e.g. "2680(h)".' });
    }
    if (!sessionLaw && s.code === 'U.S.C.' && s.title === undefined) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'A U.S. Code section needs `title`, e.g. 28 for 28 U.S.C. § 2680. Add it (or `publicLaw` for a session law).' });
    }
    if (sessionLaw && s.enacted === undefined) {
      ctx.addIssue({ code: 'custom', path: ['enacted'], message: 'A session law needs `enacted`: the year or day it was enacted, e.g. 1996 or 2025-12-09.' });
    }
    if (s.sessionLaw !== undefined && s.jurisdiction === undefined) {
      ctx.addIssue({ code: 'custom', path: ['jurisdiction'], message: 'A state session law needs `jurisdiction`, the state as in table T10, e.g. "Ill.".' });
    }
  })
  .superRefine(checkLinkDates);

const regulationFields = z.object({
  kind: z.literal('regulation'),
  /** C.F.R. title, e.g. 8. */
  title: z.int({ error: 'Give the C.F.R. title as a number, e.g. 8 for 8 C.F.R.' }).positive(),
  /** Section, e.g. "287.8". Give this or `part`. */
  section: z.string().trim().min(1).optional(),
  /** A whole part, e.g. "14". */
  part: z.string().trim().min(1).optional(),
  ...common,
});

export const RegulationSource = regulationFields
  .refine((r) => (r.section === undefined) !== (r.part === undefined), {
    error: 'A regulation needs exactly one of `section` (e.g. "287.8") or `part` (e.g. "14").',
    path: ['section'],
  })
  .superRefine(checkLinkDates);

export const BillSource = z
  .object({
    kind: z.literal('bill'),
    /** Bill number as The Bluebook writes it (rule 13, table T9), e.g. "S. 3187", "H.R. 6091", "S.B. 627". */
    number: nonEmpty('the bill number', '"S. 3187"').refine((number) => !/^(SB|HB|AB)\s?\d/.test(number), {
      error: 'Write the bill number with periods, as citations do: "S.B. 627", "H.B. 1312", "A.B. 5".',
    }),
    /** The Congress or session, e.g. "119th Cong." or "2025–2026 Reg. Sess.". */
    legislature: nonEmpty('the legislature', '"119th Cong." or "2025–2026 Reg. Sess."'),
    /** For a state bill: the state as in table T10, e.g. "Cal.". */
    jurisdiction: z.string().trim().min(1).optional(),
    /** The year of the bill as cited (usually the year it was introduced), e.g. 2025. */
    year: z.int({ error: 'Give the year of the bill as a number, e.g. 2025.' }).min(1789).max(2100),
    /** The bill's own name, if it has one, e.g. "Bivens Act of 2025". Descriptions go in `description`. */
    title: z.string().trim().min(1).optional(),
    /** What the bill does, in plain words, e.g. "law-enforcement face coverings". Not part of the citation. */
    description: z.string().trim().min(1).optional(),
    /** Status in plain words, e.g. "Introduced; referred to the Judiciary Committee". */
    status: nonEmpty('the status', '"Introduced; in committee"'),
    /** Date the status was last reported. */
    statusDate: partialDate,
    ...common,
  })
  .superRefine(checkLinkDates);

export const AgencySource = z
  .object({
    kind: z.literal('agency'),
    /** Issuing office, e.g. "U.S. Immigration & Customs Enforcement"; for a press release, the office or official, e.g. "Sen. Alex Padilla". */
    agency: nonEmpty('the agency', '"U.S. Immigration & Customs Enforcement"'),
    /** The page or document title. Leave it out only when it is not known, and say so in `note`. */
    title: z.string().trim().min(1).optional(),
    /** A document number, e.g. "LSB11344". */
    number: z.string().trim().min(1).optional(),
    /** The kind of document when a citation names it first, e.g. "Press Release". */
    documentType: z.string().trim().min(1).optional(),
    date: pageDate,
    /** An explanatory parenthetical, e.g. "discussing *Martin v. United States*". */
    parenthetical: z.string().trim().min(1).optional(),
    ...common,
  })
  .refine((a) => a.title !== undefined || a.number !== undefined, {
    error: 'Add the title (or, if it is not known, the document number and a note saying so).',
    path: ['title'],
  })
  .superRefine(checkLinkDates);

export const NewsSource = z
  .object({
    kind: z.literal('news'),
    outlet: nonEmpty('the outlet', '"Reuters"'),
    /** The headline as published. Leave it out only when it is not known, and say so in `note`. */
    title: z.string().trim().min(1).optional(),
    /** What the story reports, for a story whose headline is not known, e.g. "reporting on state bills …". */
    parenthetical: z.string().trim().min(1).optional(),
    date: partialDate,
    author: z.string().trim().min(1).optional(),
    ...common,
  })
  .refine((n) => n.title !== undefined || n.parenthetical !== undefined, {
    error: 'Add the headline as title (or, if it is not known, a parenthetical saying what the story reports, and a note).',
    path: ['title'],
  })
  .superRefine(checkLinkDates);

export const ScholarshipSource = z
  .object({
    kind: z.literal('scholarship'),
    /** Personal or institutional authors; leave out when the publisher is the only author known. */
    authors: z
      .array(z.string().trim().min(1), { error: 'List the authors, e.g. ["Joanna C. Schwartz"].' })
      .min(1, { error: 'List at least one author, e.g. ["Joanna C. Schwartz"], or leave authors out if none is known.' })
      .optional(),
    title: nonEmpty('the title', '"The Myth of Personal Liability"'),
    /** Where it appeared, in citation form, e.g. "72 Stan. L. Rev. 561" or "JOTWELL". */
    publishedIn: z.string().trim().min(1).optional(),
    /** The kind of document when a citation names it first, e.g. "Press Release". */
    documentType: z.string().trim().min(1).optional(),
    /** Year of a journal volume. Give this or `date`. */
    year: z.int({ error: 'Give the year as a number, e.g. 2020.' }).min(1800).max(2100).optional(),
    /** Publication date of an online piece, as precise as known, e.g. 2013-11-07. */
    date: partialDate.optional(),
    /** An explanatory parenthetical, e.g. "reviewing Joanna C. Schwartz, *Police Indemnification*, 89 N.Y.U. L. Rev. 885 (2014)". */
    parenthetical: z.string().trim().min(1).optional(),
    ...common,
  })
  .refine((s) => s.year !== undefined || s.date !== undefined, { error: 'Add year (e.g. 2020) or date (e.g. 2013-11-07).', path: ['year'] })
  .refine((s) => s.authors !== undefined || s.publishedIn !== undefined, {
    error: 'Add authors, or publishedIn naming the institution that published it.',
    path: ['authors'],
  })
  .superRefine(checkLinkDates);

export const GuideSource = z
  .object({
    kind: z.literal('guide'),
    /** Organisation that publishes the guide, e.g. "ACLU of Arkansas". */
    publisher: nonEmpty('the publisher', '"National Police Accountability Project"'),
    title: nonEmpty('the title', '"Know your rights"'),
    date: pageDate,
    /** A later update, as precise as known, printed as "updated …". */
    updated: partialDate.optional(),
    author: z.string().trim().min(1).optional(),
    ...common,
  })
  .superRefine(checkLinkDates);

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

/** The schema of one kind of source, if `kind` names one. */
export function sourceKindSchema(kind: unknown) {
  return SourceSchema.options.find((schema) => schema.shape.kind.value === kind);
}

/** The fields a kind of source declares, for "did you mean" messages. */
export function sourceFieldNames(kind: unknown): readonly string[] {
  const option = sourceKindSchema(kind);
  return option === undefined ? ['kind'] : Object.keys(option.shape);
}
export type SourceKind = Source['kind'];
/** A source together with the key it is cited by. */
export type KeyedSource = Source & { key: string };
