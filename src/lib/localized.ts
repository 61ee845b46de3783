import type { Lang } from '../i18n/languages';
import { sortSections } from './sections';

/** What pages need of a section or of its translation. */
export interface SectionSummary {
  slug: string;
  title: string;
  summary: string;
  order: number;
  sources: string[];
}

/** A section as shown in a language: the translation where there is one, else the English, marked as such. */
export interface LocalizedSection extends SectionSummary {
  /** The language the title, summary and page are in. */
  lang: Lang;
}

/**
 * The sections in reading order, in a language: each translated section in that
 * language, any section not yet translated in English (a reader then knows the
 * link leads to English). English is returned as it is.
 */
export function localizedSections(
  sections: ReadonlyArray<{ data: Omit<SectionSummary, 'sources'> & { sources: ReadonlyArray<{ id: string }> } }>,
  translations: ReadonlyArray<{ data: { slug: string; title: string; summary: string; sources: ReadonlyArray<{ id: string }> } }>,
  lang: Lang,
): LocalizedSection[] {
  const translated = new Map(translations.map((entry) => [entry.data.slug, entry.data]));
  return sortSections(
    sections.map(({ data }) => {
      const translation = lang === 'en' ? undefined : translated.get(data.slug);
      const base = { slug: data.slug, order: data.order, sources: data.sources.map((ref) => ref.id) };
      return translation
        ? { ...base, title: translation.title, summary: translation.summary, lang }
        : { ...base, title: data.title, summary: data.summary, lang: 'en' as const };
    }),
  );
}
