import { z } from 'astro/zod';
import { httpsUrlProblem } from '../lib/content/urls';

/**
 * Field schemas shared by sources and sections. Every message tells the editor
 * what to write instead, because it is printed as-is when the build fails.
 */

/** A citation key: lower-case words joined by single hyphens, e.g. `egbert-v-boule`. */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const sourceKey = z
  .string({ error: 'Give the source key as text, e.g. "egbert-v-boule".' })
  .regex(KEY_PATTERN, {
    error: 'Keys are kebab-case: lower-case letters and digits joined by single hyphens, e.g. "egbert-v-boule".',
  });

/**
 * An absolute `https:` URL to a named public host. Plain `http:`, `javascript:`,
 * `data:`, relative links, user names, IP hosts, spaces and look-alike hosts are
 * refused, each with its own message (src/lib/content/urls.ts), because readers
 * follow these links from a site about their safety.
 */
export const httpsUrl = z
  .string({ error: 'Give the link as text, e.g. "https://www.law.cornell.edu/uscode/text/28/2680".' })
  .superRefine((value, ctx) => {
    const problem = httpsUrlProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Content YAML is read with the core schema (src/lib/content/yaml.ts), so a date
 * arrives as the text the editor wrote, never as a Date that YAML has already
 * rolled over (2026-02-30 → March 2) or shifted by a time zone. A bare year
 * arrives as a number; bring it to text.
 */
function toText(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** A calendar day written `YYYY-MM-DD`, parsed to a UTC `Date`. */
export const isoDay = z.preprocess(
  toText,
  z
    .string({ error: 'Write the date as YYYY-MM-DD, e.g. 2026-06-01.' })
    .refine(
      (text) => {
        const m = DAY.exec(text);
        return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
      },
      {
        error: (issue) =>
          DAY.test(String(issue.input))
            ? `"${String(issue.input)}" is not a real date. Write it as YYYY-MM-DD, e.g. 2026-06-01.`
            : `"${String(issue.input)}" is not a plain calendar date. Write it as YYYY-MM-DD, e.g. 2026-06-01, with no time or time zone.`,
      },
    )
    .transform((text) => new Date(`${text}T00:00:00Z`)),
);

/**
 * A publication date as precise as the source gives it: `YYYY-MM-DD`,
 * `YYYY-MM` or `YYYY`. Kept as text so a month-only date is never shown as a day.
 */
export const partialDate = z.preprocess(
  toText,
  z
    .string({ error: 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY.' })
    .refine(
      (text) => {
        const day = DAY.exec(text);
        if (day) return isRealDay(Number(day[1]), Number(day[2]), Number(day[3]));
        const month = MONTH.exec(text);
        if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12;
        return YEAR.test(text);
      },
      { error: (issue) => `"${String(issue.input)}" is not a valid date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.` },
    ),
);

/** Undated web pages say so explicitly instead of leaving the date out. */
export const pageDate = z.union([z.literal('undated'), partialDate], {
  error: 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY, or "undated" if the page shows no date.',
});

export const nonEmpty = (what: string, example: string) =>
  z
    .string({ error: `Add ${what}, e.g. ${example}.` })
    .trim()
    .min(1, { error: `Add ${what}, e.g. ${example}.` });
