import type { Lang } from '../../i18n/languages';
import { formatDay, ui } from '../../i18n/ui';
import type { Source } from '../../schemas/source';

type LinkWords = ReturnType<typeof ui>['links'];

/** Free law libraries we link for the text of a law or an opinion. None is an official publisher. */
const LIBRARIES: ReadonlyArray<[RegExp, keyof LinkWords]> = [
  [/(^|\.)law\.cornell\.edu$/, 'cornell'],
  [/(^|\.)justia\.com$/, 'justia'],
  [/(^|\.)courtlistener\.com$/, 'courtlistener'],
  [/(^|\.)heinonline\.org$/, 'hein'],
];

/** Court websites: the court's own copy of an opinion or order. */
const COURT = /(^|\.)(supremecourt\.gov|uscourts\.gov)$/;

/** Government hosts: federal and state sites end in .gov or .mil. */
const GOVERNMENT = /\.(gov|mil)$/;

const word = (words: LinkWords, key: keyof LinkWords): string => {
  const value = words[key];
  return typeof value === 'string' ? value : '';
};

/**
 * Who publishes the page a source links to, in plain words: what is true of the
 * host, not of the kind of source. A law firm's page is the firm's page, not "the
 * official site"; a free copy of an opinion is not the official reporter.
 */
export function hostLabel(source: Source, lang: Lang = 'en'): string {
  const words = ui(lang).links;
  const host = new URL(source.url).hostname.toLowerCase();
  for (const [pattern, key] of LIBRARIES) if (pattern.test(host)) return word(words, key);
  if (COURT.test(host)) return words.court;
  if (GOVERNMENT.test(host)) return words.government;
  switch (source.kind) {
    case 'news':
      return words.newsOutlet;
    case 'scholarship':
      return words.publisher;
    default:
      return words.publisherOwn;
  }
}

/** How far we can vouch for the link, without jargon. */
export function checkLabel(source: Source, lang: Lang = 'en'): string {
  const words = ui(lang).links;
  switch (source.linkCheck) {
    case 'opened':
      return source.lastChecked === undefined ? words.opened : words.openedOn(formatDay(source.lastChecked, lang));
    case 'recorded':
      return source.lastChecked === undefined ? words.recorded : words.recordedOn(formatDay(source.lastChecked, lang));
    case 'pattern':
      return words.pattern;
  }
}

/** "government website; link not yet opened by us": what is true of a source's link. */
export function linkLabel(source: Source, lang: Lang = 'en'): string {
  return `${hostLabel(source, lang)}; ${checkLabel(source, lang)}`;
}
