import type { Lang } from '../../i18n/languages';
import { formatDay, ui } from '../../i18n/ui';
import type { Segment } from './format';

/** The site's name as a citation gives it. */
export const SITE_NAME = 'Liability Explained';

export interface SectionToCite {
  title: string;
  /** The section's stable, absolute address. */
  url: string;
  /** The date its statements of law and events are current as of. */
  currentAsOf: Date;
}

/**
 * A suggested citation for a section, in the form of a web source (Bluebook rule
 * 18.2.2): title, site, the date the law was checked, stable address.
 * "Who pays, Liability Explained (law checked to June 1, 2026), https://…/sections/who-pays/".
 * The title is italic in the page; pasted as plain text it still reads whole.
 */
export function sectionCitation({ title, url, currentAsOf }: SectionToCite, lang: Lang = 'en'): Segment[] {
  return [
    { text: title, italic: true },
    { text: `, ${SITE_NAME} (${ui(lang).cite.lawChecked(formatDay(currentAsOf, lang))}), ${url}` },
  ];
}

/**
 * The short form for one part of a section, pointing at its heading's anchor:
 * "Who pays: Who pays the judgment, https://…/sections/who-pays/#who-pays-the-judgment".
 */
export function headingCitation(section: Pick<SectionToCite, 'title' | 'url'>, heading: { text: string; slug: string }): Segment[] {
  const url = new URL(`#${heading.slug}`, section.url).href;
  return [{ text: section.title, italic: true }, { text: `: ${heading.text}, ${url}` }];
}
