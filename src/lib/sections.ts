import { withBase } from './paths';

/** The fields of a section these helpers need. */
export interface SectionRef {
  slug: string;
  title: string;
  order: number;
}

/** Sections in reading order. */
export function sortSections<T extends SectionRef>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** The sections before and after `slug` in reading order. */
export function neighbours<T extends SectionRef>(sections: readonly T[], slug: string): { prev?: T; next?: T } {
  const sorted = sortSections(sections);
  const index = sorted.findIndex((section) => section.slug === slug);
  if (index === -1) return {};
  const prev = sorted[index - 1];
  const next = sorted[index + 1];
  return { ...(prev && { prev }), ...(next && { next }) };
}

/** Public path of a section, under an optional base path. */
export function sectionPath(slug: string, base = '/'): string {
  return withBase(base, `sections/${slug}/`);
}

/**
 * Checks what only makes sense across files: each slug is a permanent public
 * URL, so it must be unique, and each `order` must be unique so the reading
 * order is not left to chance.
 */
export function findSectionConflicts(sections: ReadonlyArray<{ slug: string; order: number; file: string }>): string[] {
  const errors: string[] = [];
  const bySlug = new Map<string, string>();
  const byOrder = new Map<number, string>();
  for (const { slug, order, file } of sections) {
    const slugOwner = bySlug.get(slug);
    if (slugOwner === undefined) bySlug.set(slug, file);
    else errors.push(`${file}: field "slug": "${slug}" is already the slug of ${slugOwner}. Slugs are permanent public URLs: give this section its own slug.`);
    const orderOwner = byOrder.get(order);
    if (orderOwner === undefined) byOrder.set(order, file);
    else errors.push(`${file}: field "order": ${order} is already used by ${orderOwner}. Give each section its own order number.`);
  }
  return errors;
}

/** A section with no text under its frontmatter is a stub, not a section. */
export function findEmptyBodies(sections: ReadonlyArray<{ file: string; body: string }>): string[] {
  return sections
    .filter((section) => section.body.trim() === '')
    .map((section) => `${section.file}: the body is empty. Write the section below the frontmatter, or remove the file.`);
}

/**
 * A section cannot be current as of a day that has not happened yet: that would
 * claim knowledge the research does not have. `today` is passed in (the build date).
 */
export function findFutureDates(sections: ReadonlyArray<{ file: string; currentAsOf: Date; lastReviewed: Date }>, today: Date): string[] {
  const errors: string[] = [];
  const day = (date: Date) => date.toISOString().slice(0, 10);
  for (const section of sections) {
    for (const field of ['currentAsOf', 'lastReviewed'] as const) {
      if (day(section[field]) > day(today)) {
        errors.push(`${section.file}: field "${field}": ${day(section[field])} is in the future (today is ${day(today)}). Use the date the section was actually checked.`);
      }
    }
  }
  return errors;
}

/**
 * Aliases steer search to the section that treats a topic, so one alias may
 * belong to one section only (compared without case or extra spaces).
 */
export function findAliasCollisions(sections: ReadonlyArray<{ file: string; aliases: readonly string[] }>): string[] {
  const owner = new Map<string, string>();
  const errors: string[] = [];
  for (const section of sections) {
    for (const alias of section.aliases) {
      const key = alias.toLowerCase().replace(/\s+/g, ' ').trim();
      const first = owner.get(key);
      if (first !== undefined && first !== section.file) {
        errors.push(`${section.file}: field "aliases": "${alias}" is already an alias of ${first}. Keep each alias on the one section that treats the topic.`);
      } else owner.set(key, section.file);
    }
  }
  return errors;
}
