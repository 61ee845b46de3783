import { checkSectionFile } from '../../src/lib/content/section-file';

/** Frontmatter of a valid section, field → YAML text; `null` leaves the field out. */
export const VALID_FIELDS: Record<string, string> = {
  title: '"Second section"',
  slug: 'second',
  summary: '"A short summary of the second section."',
  order: '2',
  currentAsOf: '2026-06-01',
  lastReviewed: '2026-11-28',
  topics: '[westfall-act]',
  sources: '[usc-28-2679]',
};

export const VALID_BODY = '## Another heading\n\nThe Westfall Act substitutes the United States [@usc-28-2679].\n';

/** A section file: the valid frontmatter with `fields` changed (null removes one, extra lines are appended raw), then `body`. */
export function sectionText(fields: Record<string, string | null> = {}, body = VALID_BODY, extra = ''): string {
  const merged = { ...VALID_FIELDS, ...fields };
  const lines = Object.entries(merged).flatMap(([key, value]) => (value === null ? [] : [`${key}: ${value}`]));
  return `---\n${lines.join('\n')}\n${extra}---\n\n${body}`;
}

export const KNOWN_KEYS = new Set(['usc-28-2679', 'usc-28-2680', 'egbert-v-boule']);

/** The errors the build would report for this file. */
export function sectionErrors(text: string, file = 'content/sections/second.mdx', publicFileExists?: (path: string) => boolean): string[] {
  return checkSectionFile({ text, file, knownKeys: KNOWN_KEYS, publicFileExists }).errors;
}
