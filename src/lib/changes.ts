import type { Change } from '../schemas/change';
import { toIsoDay } from './dates';

/** The day the site was first published: no log entry can be older. */
export const FIRST_PUBLISHED = '2026-11-28';

/** A log entry with its permanent id and its line in the file. */
export interface LoggedChange extends Change {
  /** `2026-11-29-filing-an-ftca-claim-2`: date, section, and its place among that day's entries for the section. */
  id: string;
  line: number;
}

/** Gives each entry its permanent id, counting entries of the same day and section in file order. */
export function withIds(entries: ReadonlyArray<Change & { line: number }>): LoggedChange[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const stem = `${toIsoDay(entry.date)}-${entry.section}`;
    const n = (seen.get(stem) ?? 0) + 1;
    seen.set(stem, n);
    return { ...entry, id: `${stem}-${n}` };
  });
}

/** What a check needs to know of a section: its slug and every id a link may target (headings and anchor aliases). */
export interface SectionAnchors {
  slug: string;
  ids: ReadonlySet<string>;
}

/**
 * Checks the log against the site: every entry names an existing section and
 * heading, cites known sources, and is dated between the first publication and
 * today (the build date, passed in). Each problem names the line and the fix.
 */
export function findChangeProblems(entries: readonly LoggedChange[], sections: readonly SectionAnchors[], knownSources: ReadonlySet<string>, today: Date, file = 'content/changes.yaml'): string[] {
  const bySlug = new Map(sections.map((section) => [section.slug, section]));
  const problems: string[] = [];
  for (const entry of entries) {
    const at = `${file}:${entry.line}`;
    const day = toIsoDay(entry.date);
    const section = bySlug.get(entry.section);
    if (section === undefined) {
      problems.push(`${at}: field "section": there is no section "${entry.section}". Use the slug of an existing section (the file name in content/sections/).`);
    } else if (entry.anchor !== undefined && !section.ids.has(entry.anchor)) {
      problems.push(`${at}: field "anchor": "${entry.anchor}" is not a heading id on /sections/${entry.section}/. Use the id of the heading the change is under, or leave anchor out.`);
    }
    if (day > toIsoDay(today)) problems.push(`${at}: field "date": ${day} is in the future (today is ${toIsoDay(today)}). Use the day the change was published.`);
    if (day < FIRST_PUBLISHED) problems.push(`${at}: field "date": ${day} is before the site was first published (${FIRST_PUBLISHED}). Use the day the change was published.`);
    for (const key of entry.sources) {
      if (!knownSources.has(key)) problems.push(`${at}: field "sources": "${key}" is not a known source. Fix the key, or add it to content/sources/.`);
    }
    if (entry.kind !== 'clarification' && entry.sources.length === 0) {
      problems.push(`${at}: field "sources": a ${entry.kind} needs the sources that support the new text. List their keys, e.g. [usc-28-2401].`);
    }
  }
  return problems;
}

/**
 * Log order is file order (`line`), not the order entries arrive in: a content
 * collection lists them by id, and "…-10" sorts before "…-9".
 */
const byLine = (a: LoggedChange, b: LoggedChange) => a.line - b.line;

/** The newest day on which a section changed, with that day's entries in log order. */
export function latestChanges(entries: readonly LoggedChange[], slug: string): { date: Date; entries: LoggedChange[] } | undefined {
  const mine = entries.filter((entry) => entry.section === slug);
  if (mine.length === 0) return undefined;
  const newest = mine.reduce((a, b) => (b.date.getTime() > a.date.getTime() ? b : a)).date;
  return { date: newest, entries: mine.filter((entry) => entry.date.getTime() === newest.getTime()).sort(byLine) };
}

/** Entries grouped by day, newest day first, in log order within a day. */
export function groupByDay(entries: readonly LoggedChange[]): Array<{ date: Date; entries: LoggedChange[] }> {
  const days = new Map<string, { date: Date; entries: LoggedChange[] }>();
  for (const entry of [...entries].sort(byLine)) {
    const key = toIsoDay(entry.date);
    const day = days.get(key) ?? { date: entry.date, entries: [] };
    day.entries.push(entry);
    days.set(key, day);
  }
  return [...days.values()].sort((a, b) => b.date.getTime() - a.date.getTime());
}
