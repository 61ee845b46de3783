/** Month abbreviations used in legal citations (Bluebook T12). */
const CITATION_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Splits "YYYY", "YYYY-MM" or "YYYY-MM-DD" into numbers. */
export function dateParts(text: string): DateParts {
  const [year, month, day] = text.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`Not a date: "${text}"`);
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

function render(parts: DateParts, months: string[]): string {
  const month = parts.month === undefined ? undefined : months[parts.month - 1];
  if (month === undefined) return String(parts.year);
  if (parts.day === undefined) return `${month} ${parts.year}`;
  return `${month} ${parts.day}, ${parts.year}`;
}

/** "2025-06-12" → "June 12, 2025"; "2025-11" → "Nov. 2025" (citation style). */
export function formatCitationDate(text: string): string {
  return render(dateParts(text), CITATION_MONTHS);
}

/** The year of a partial date. */
export function yearOf(text: string): number {
  return dateParts(text).year;
}

/** A UTC day as "YYYY-MM-DD", for `<time datetime>`. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A UTC day for readers: "June 1, 2026". */
export function formatReaderDate(date: Date): string {
  return render({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, FULL_MONTHS);
}
