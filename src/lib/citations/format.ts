import type { Lang } from '../../i18n/languages';
import { ui } from '../../i18n/ui';
import type { Source, SourceKind } from '../../schemas/source';
import { formatCitationDate, yearOf } from '../dates';
import { abbreviateCaseName } from './t6';

/** A run of citation text; `italic` marks case names, titles and explanatory phrases. */
export interface Segment {
  text: string;
  italic?: boolean;
}

const plain = (text: string): Segment => ({ text });
const italic = (text: string): Segment => ({ text, italic: true });

/**
 * Text in a given typeface, where `*asterisks*` mark a name that is italic in
 * running text. Inside italic text the marked part is set in roman ("reverse
 * italics", Bluebook rule 2.1): `*Who Pays When* Bivens *Claims Succeed*`.
 */
export function styled(text: string, inItalics: boolean): Segment[] {
  return text
    .split('*')
    .map((part, i) => ({ text: part, flipped: i % 2 === 1 }))
    .filter((part) => part.text.length > 0)
    .map((part) => ((part.flipped ? !inItalics : inItalics) ? italic(part.text) : plain(part.text)));
}

/** Joins neighbouring runs of the same typeface, so the output is stable and small. */
function merge(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    if (segment.text.length === 0) continue;
    const last = out.at(-1);
    if (last !== undefined && Boolean(last.italic) === Boolean(segment.italic)) last.text += segment.text;
    else out.push(segment.italic ? italic(segment.text) : plain(segment.text));
  }
  return out;
}

/** "A", "A & B", "A, B & C", as law reviews list authors. */
export function joinAuthors(authors: readonly string[]): string {
  if (authors.length <= 1) return authors.join('');
  return `${authors.slice(0, -1).join(', ')} & ${authors.at(-1)}`;
}

/** Each parenthetical in its own parentheses (rule 10.6): " (en banc) (per curiam)". */
function parentheticals(items: readonly string[] | undefined): Segment[] {
  return (items ?? []).flatMap((item) => [plain(' ('), ...styled(item, false), plain(')')]);
}

/** The date of a web page: its own date, else the day we opened it, else "n.d." (rule 18.2.2). */
function pageDateText(source: { date: string; linkCheck: string; lastChecked?: Date | undefined }): string {
  if (source.date !== 'undated') return formatCitationDate(source.date);
  if (source.linkCheck === 'opened' && source.lastChecked !== undefined) {
    return `last visited ${formatCitationDate(source.lastChecked.toISOString().slice(0, 10))}`;
  }
  return 'n.d.';
}

type CaseSource = Extract<Source, { kind: 'case' }>;
type StatuteSource = Extract<Source, { kind: 'statute' }>;

/** Phrases after which the next citation follows without a comma ("aff'g No. 15-CV-34"). */
const NO_COMMA_AFTER = /(?:'g|ing|sub nom\.)$/;

function caseParts(source: CaseSource): Segment[] {
  const year = yearOf(source.decided);
  const history = source.history ?? [];
  // Rule 10.5: with a reporter the year is enough; without one, the exact date. When
  // the first later decision came the same year, the year is given only there.
  const sameYearLater = source.reporter !== undefined && history[0] !== undefined && history[0].citation.endsWith(`${year})`);
  const when = source.reporter === undefined ? formatCitationDate(source.decided) : sameYearLater ? '' : String(year);
  // The Supreme Court needs no court name before a U.S. Reports cite.
  const court = source.reporter !== undefined && source.court === 'U.S.' ? '' : source.court;
  const dateParenthetical = [court, when].filter((part) => part.length > 0).join(' ');
  const where = source.reporter ?? source.docket ?? '';
  return merge([
    ...styled(abbreviateCaseName(source.name), true),
    plain(`, ${where}`),
    ...(dateParenthetical.length > 0 ? [plain(` (${dateParenthetical})`)] : []),
    ...parentheticals(source.parenthetical),
    ...history.flatMap((step) => [
      plain(', '),
      italic(step.phrase),
      ...(step.name === undefined ? [] : [italic(' '), ...styled(abbreviateCaseName(step.name), true), plain(',')]),
      plain(step.name === undefined && !NO_COMMA_AFTER.test(step.phrase) ? ', ' : ' '),
      ...styled(step.citation, false),
    ]),
  ]);
}

/** True when an act's name already carries the year it was enacted ("… Act of 1996"). */
function nameHasYear(name: string | undefined, year: number): boolean {
  return name !== undefined && new RegExp(`\\b${year}$`).test(name);
}

function statuteParts(source: StatuteSource): Segment[] {
  if (source.publicLaw === undefined && source.sessionLaw === undefined) {
    const title = source.title === undefined ? '' : `${source.title} `;
    return [plain(`${title}${source.code} § ${source.section ?? ''}`)];
  }
  // A session law (rule 12.4): name, the act's own section, the law's number and
  // place in it, the Statutes at Large pages, and the year unless the name gives it.
  const year = source.enacted === undefined ? undefined : yearOf(source.enacted);
  const pieces = [
    source.name,
    source.actSection === undefined ? undefined : `§ ${source.actSection}`,
    source.publicLaw === undefined ? source.sessionLaw : `Pub. L. No. ${source.publicLaw}`,
    source.subdivision,
    source.section === undefined ? undefined : `§ ${source.section}`,
    source.stat,
  ].filter((piece): piece is string => piece !== undefined);
  const yearText = year === undefined ? '' : source.jurisdiction !== undefined ? ` (${source.jurisdiction} ${year})` : nameHasYear(source.name, year) ? '' : ` (${year})`;
  const amended = (source.amendedBy ?? []).map((amendment) => `, as amended by ${amendment}`).join('');
  const codified = source.codifiedAt === undefined ? '' : ` (codified at ${source.codifiedAt})`;
  return [plain(`${pieces.join(', ')}${yearText}${amended}${codified}`)];
}

/**
 * A source in law-review citation form (The Bluebook), as segments so that case
 * names, titles and explanatory phrases can be set in italics:
 * "Egbert v. Boule, 596 U.S. 482 (2022)".
 */
export function citationParts(source: Source): Segment[] {
  switch (source.kind) {
    case 'case':
      return caseParts(source);
    case 'statute':
      return statuteParts(source);
    case 'regulation': {
      const where = source.part === undefined ? `§ ${source.section ?? ''}` : `pt. ${source.part}`;
      return [plain(`${source.title} C.F.R. ${where}`)];
    }
    case 'bill': {
      // Rule 13.2: bills in roman, with the year of the bill, and the state for a state bill.
      const name = source.title === undefined ? '' : `${source.title}, `;
      const where = source.jurisdiction === undefined ? `${source.year}` : `${source.jurisdiction} ${source.year}`;
      return [plain(`${name}${source.number}, ${source.legislature} (${where})`)];
    }
    case 'agency': {
      const lead = [source.documentType, source.agency, source.number].filter((part): part is string => part !== undefined).join(', ');
      return merge([
        plain(lead),
        ...(source.title === undefined ? [] : [plain(', '), ...styled(source.title, true)]),
        plain(` (${pageDateText(source)})`),
        ...parentheticals(source.parenthetical === undefined ? undefined : [source.parenthetical]),
      ]);
    }
    case 'news': {
      const author = source.author === undefined ? [] : [plain(`${source.author}, `)];
      const date = plain(` (${formatCitationDate(source.date)})`);
      if (source.title === undefined) return merge([...author, plain(source.outlet), date, ...parentheticals(source.parenthetical === undefined ? undefined : [source.parenthetical])]);
      return merge([...author, ...styled(source.title, true), plain(`, ${source.outlet}`), date, ...parentheticals(source.parenthetical === undefined ? undefined : [source.parenthetical])]);
    }
    case 'scholarship': {
      const lead = [source.documentType, source.authors === undefined ? undefined : joinAuthors(source.authors)].filter((part): part is string => part !== undefined);
      const when = source.date === undefined ? String(source.year ?? '') : formatCitationDate(source.date);
      return merge([
        ...(lead.length > 0 ? [plain(`${lead.join(', ')}, `)] : []),
        ...styled(source.title, true),
        ...(source.publishedIn === undefined ? [] : [plain(`, ${source.publishedIn}`)]),
        plain(` (${when})`),
        ...parentheticals(source.parenthetical === undefined ? undefined : [source.parenthetical]),
      ]);
    }
    case 'guide': {
      const updated = source.updated === undefined ? '' : `, updated ${formatCitationDate(source.updated)}`;
      const date = plain(` (${pageDateText(source)}${updated})`);
      if (source.author !== undefined) {
        return merge([plain(`${source.author}, `), ...styled(source.title, true), plain(`, ${source.publisher}`), date]);
      }
      return merge([plain(`${source.publisher}, `), ...styled(source.title, true), date]);
    }
  }
}

/** A source as one line of plain text. */
export function formatCitation(source: Source): string {
  return citationParts(source)
    .map((segment) => segment.text)
    .join('');
}

/** The order in which the table of authorities lists the kinds (their headings are in src/i18n/ui.ts). */
export const KIND_ORDER: readonly SourceKind[] = ['case', 'statute', 'regulation', 'bill', 'agency', 'scholarship', 'guide', 'news'];

/** What one source is, in a word or two, for the card beside a citation marker. */
export function kindName(source: Source, lang: Lang = 'en'): string {
  const k = ui(lang).kinds;
  switch (source.kind) {
    case 'case':
      return source.court === 'U.S.' ? k.supremeCourt : k.court;
    case 'statute':
      return source.publicLaw !== undefined || source.sessionLaw !== undefined ? k.sessionLaw : k.statute;
    case 'regulation':
      return k.regulation;
    case 'bill':
      return source.jurisdiction === undefined ? k.federalBill : k.stateBill;
    case 'agency':
      return k.agency;
    case 'news':
      return k.news;
    case 'scholarship':
      return k.scholarship;
    case 'guide':
      return k.guide;
  }
}

/** Headings for the table of authorities in a language, in the order it lists the kinds. */
export function kindLabels(lang: Lang = 'en'): Record<SourceKind, string> {
  return ui(lang).kinds.headings;
}
