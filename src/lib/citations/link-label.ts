import type { Source } from '../../schemas/source';
import { formatReaderDate } from '../dates';

/** Free law libraries we link for the text of a law or an opinion. None is an official publisher. */
const LIBRARIES: ReadonlyArray<[RegExp, string]> = [
  [/(^|\.)law\.cornell\.edu$/, 'free copy at Cornell’s Legal Information Institute, not the official text'],
  [/(^|\.)justia\.com$/, 'free copy at Justia, not the official reporter'],
  [/(^|\.)courtlistener\.com$/, 'free copy at CourtListener, not the official reporter'],
  [/(^|\.)heinonline\.org$/, 'HeinOnline summary page, full text by subscription'],
];

/** Court websites: the court's own copy of an opinion or order. */
const COURT = /(^|\.)(supremecourt\.gov|uscourts\.gov)$/;

/** Government hosts: federal and state sites end in .gov or .mil. */
const GOVERNMENT = /\.(gov|mil)$/;

/**
 * Who publishes the page a source links to, in plain words: what is true of the
 * host, not of the kind of source. A law firm's page is the firm's page, not "the
 * official site"; a free copy of an opinion is not the official reporter.
 */
export function hostLabel(source: Source): string {
  const host = new URL(source.url).hostname.toLowerCase();
  for (const [pattern, label] of LIBRARIES) if (pattern.test(host)) return label;
  if (COURT.test(host)) return 'the court’s own copy';
  if (GOVERNMENT.test(host)) return 'government website';
  switch (source.kind) {
    case 'news':
      return 'the news outlet’s page';
    case 'scholarship':
      return 'the publisher’s page';
    default:
      return 'the publisher’s own page';
  }
}

/** How far we can vouch for the link, without jargon. */
export function checkLabel(source: Source): string {
  switch (source.linkCheck) {
    case 'opened':
      return source.lastChecked === undefined ? 'opened by us' : `opened by us on ${formatReaderDate(source.lastChecked)}`;
    case 'recorded':
      return source.lastChecked === undefined
        ? 'read during our research, date not recorded'
        : `read during our research on ${formatReaderDate(source.lastChecked)}`;
    case 'pattern':
      return 'link not yet opened by us';
  }
}

/** "government website; link not yet opened by us": what is true of a source's link. */
export function linkLabel(source: Source): string {
  return `${hostLabel(source)}; ${checkLabel(source)}`;
}
