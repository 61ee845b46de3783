import type { Source, SourceKind } from '../../schemas/source';
import { formatCitationDate, yearOf } from '../dates';

/** A run of citation text; `italic` marks case names and titles. */
export interface Segment {
  text: string;
  italic?: boolean;
}

const plain = (text: string): Segment => ({ text });
const italic = (text: string): Segment => ({ text, italic: true });

function pageDate(date: string): string {
  return date === 'undated' ? 'n.d.' : formatCitationDate(date);
}

/** "A", "A & B", "A, B & C", as law reviews list authors. */
export function joinAuthors(authors: readonly string[]): string {
  if (authors.length <= 1) return authors.join('');
  return `${authors.slice(0, -1).join(', ')} & ${authors.at(-1)}`;
}

/**
 * A source in consistent legal citation form, as segments so that case names
 * and titles can be set in italics: "Egbert v. Boule, 596 U.S. 482 (2022)".
 */
export function citationParts(source: Source): Segment[] {
  switch (source.kind) {
    case 'case': {
      const where = source.reporter ?? source.docket ?? '';
      const when = source.reporter === undefined ? formatCitationDate(source.decided) : String(yearOf(source.decided));
      const court = source.reporter !== undefined && source.court === 'U.S.' ? '' : `${source.court} `;
      const extra = source.parenthetical === undefined ? '' : ` (${source.parenthetical})`;
      const history = source.history === undefined ? '' : `, ${source.history}`;
      return [italic(source.name), plain(`, ${where} (${court}${when})${extra}${history}`)];
    }
    case 'statute': {
      if (source.publicLaw !== undefined) return [plain(`Pub. L. No. ${source.publicLaw}, § ${source.section}`)];
      const title = source.title === undefined ? '' : `${source.title} `;
      return [plain(`${title}${source.code} § ${source.section}`)];
    }
    case 'regulation': {
      const where = source.part === undefined ? `§ ${source.section ?? ''}` : `pt. ${source.part}`;
      return [plain(`${source.title} C.F.R. ${where}`)];
    }
    case 'bill':
      return [italic(source.title), plain(`, ${source.number}, ${source.legislature} (${yearOf(source.statusDate)})`)];
    case 'agency':
      return [plain(`${source.agency}, `), italic(source.title), plain(` (${pageDate(source.date)})`)];
    case 'news': {
      const author = source.author === undefined ? [] : [plain(`${source.author}, `)];
      return [...author, italic(source.title), plain(`, ${source.outlet} (${formatCitationDate(source.date)})`)];
    }
    case 'scholarship':
      return [
        plain(`${joinAuthors(source.authors)}, `),
        italic(source.title),
        plain(`, ${source.publishedIn} (${source.year})`),
      ];
    case 'guide': {
      if (source.author !== undefined) {
        return [plain(`${source.author}, `), italic(source.title), plain(`, ${source.publisher} (${pageDate(source.date)})`)];
      }
      return [plain(`${source.publisher}, `), italic(source.title), plain(` (${pageDate(source.date)})`)];
    }
  }
}

/** A source as one line of plain text. */
export function formatCitation(source: Source): string {
  return citationParts(source)
    .map((segment) => segment.text)
    .join('');
}

/** Headings for the table of authorities, in the order it lists the kinds. */
export const KIND_LABELS: Record<SourceKind, string> = {
  case: 'Cases',
  statute: 'Statutes',
  regulation: 'Regulations',
  bill: 'Bills',
  agency: 'Government publications',
  scholarship: 'Scholarship',
  guide: 'Guides and practitioner pages',
  news: 'News reporting',
};

/** Words for how a link was confirmed, shown beside each authority. */
export const LINK_CHECK_LABELS = {
  opened: 'link opened and read',
  recorded: 'link recorded on the official site',
  pattern: 'link built from the official address scheme',
} as const;
