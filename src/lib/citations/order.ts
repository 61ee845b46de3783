import type { Source } from '../../schemas/source';
import { yearOf } from '../dates';
import { formatCitation } from './format';
import { abbreviateCaseName } from './t6';

/** Numbers compare as numbers ("5" < "28", "287.3" < "287.10"); case and accents are ignored. */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
/** For names: punctuation and spacing do not count ("Tun-Cos" files with "Tuncos"). */
const names = new Intl.Collator('en', { numeric: true, sensitivity: 'base', ignorePunctuation: true });

type Key = Array<string | number>;

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    if (order !== 0) return order;
  }
  return 0;
}

/** Words that mark an author as an institution, filed under its first word rather than a surname. */
const INSTITUTION = /\b(Institute|Center|Centre|Foundation|Association|Council|Project|University|Service|Office|Department|Union|Bar|Committee|Commission|Society|Coalition|Network|Fund|Review|Journal)\b/;

/** "James E. Pfander" files as "Pfander, James E."; "Cato Institute" stays as it is. */
export function authorSortName(author: string): string {
  if (INSTITUTION.test(author)) return author;
  const words = author.trim().split(/\s+/);
  if (words.length < 2) return author;
  return `${words.at(-1)}, ${words.slice(0, -1).join(' ')}`;
}

/** Text without the Markdown-style emphasis marks that some titles carry. */
const bare = (text: string) => text.replaceAll('*', '');

function statuteKey(source: Extract<Source, { kind: 'statute' }>): Key {
  // Federal code (by title, then section), federal session laws (by public-law
  // number), then state statutes, each state's codes and session laws together.
  if (source.publicLaw !== undefined) {
    const [congress, law] = source.publicLaw.split('-').map(Number);
    return [1, 'Pub. L.', congress ?? 0, law ?? 0, source.actSection ?? '', source.section ?? ''];
  }
  if (source.sessionLaw !== undefined) return [2, source.jurisdiction ?? '', 1, source.sessionLaw, source.subdivision ?? ''];
  if (source.code === 'U.S.C.') return [0, 'U.S.C.', String(source.title ?? ''), source.section ?? ''];
  return [2, source.code, 0, String(source.title ?? ''), source.section ?? ''];
}

function billKey(source: Extract<Source, { kind: 'bill' }>): Key {
  // Federal bills by Congress, House before Senate, then number; then state bills by state.
  const congress = /^(\d+)/.exec(source.legislature)?.[1];
  const chamber = source.number.startsWith('H') ? 0 : 1;
  if (source.jurisdiction === undefined) return [0, '', Number(congress ?? 0), chamber, source.number.replace(/^\D+/, '')];
  return [1, source.jurisdiction, source.year, chamber, source.number.replace(/^\D+/, '')];
}

/**
 * The order of a table of authorities. Cases file alphabetically by the name as
 * cited, word for word ("In re Neagle" under I, "United States v. Guest" under U),
 * as tables of authorities in briefs do (Fed. R. App. P. 28(a)(3): "cases
 * (alphabetically arranged)"); the same name files by date. Statutes, regulations
 * and bills file by jurisdiction and then numerically. Secondary sources file by
 * author surname or, without one, by the first words of the citation.
 */
export function sortKey(source: Source): Key {
  switch (source.kind) {
    case 'case':
      return [abbreviateCaseName(source.name), yearOf(source.decided), source.decided];
    case 'statute':
      return statuteKey(source);
    case 'regulation':
      return [source.title, source.section ?? source.part ?? ''];
    case 'bill':
      return billKey(source);
    case 'scholarship':
      return [source.authors?.[0] === undefined ? bare(source.title) : authorSortName(source.authors[0]), source.date ?? String(source.year ?? '')];
    default:
      return [bare(formatCitation(source))];
  }
}

/** Compares two sources of the same kind for the table of authorities. */
export function compareSources(a: Source, b: Source): number {
  const x = sortKey(a);
  const y = sortKey(b);
  // Names compare without punctuation; numbered things compare with it ("287.3" vs "287.10").
  if (a.kind === 'case' || a.kind === 'scholarship' || a.kind === 'agency' || a.kind === 'news' || a.kind === 'guide') {
    const order = names.compare(String(x[0]), String(y[0]));
    if (order !== 0) return order;
    return compareKeys(x.slice(1), y.slice(1));
  }
  return compareKeys(x, y);
}
