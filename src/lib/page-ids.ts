import { cardId, citationId, sourceEntryId } from './citations/resolve';

/**
 * Element ids a section page uses outside its text: the skip link's target,
 * the source list, its entries and their cards, the table of contents, citation
 * markers, "Cite this section" and the search dialog (which opens on every page). A heading or an anchor alias
 * with one of these ids would make a citation, contents or skip link land on
 * the wrong element. `tests/e2e/reserved-ids.test.ts` checks every id on a
 * built section page, search dialog open, against this list, so a new id in
 * the layout fails the tests until it is added here.
 */
export const LAYOUT_IDS: readonly string[] = ['main', 'sources', 'toc-title', 'contents', 'contents-label'];

/**
 * Prefixes of generated ids: `source-<key>`, `card-<key>` (a citation's card),
 * `cite-<key>-<n>` (also `cite-this-section`), `search-dialog-input`.
 */
export const LAYOUT_ID_PREFIXES: readonly string[] = [sourceEntryId(''), cardId(''), citationId('', 1).replace(/-1$/, ''), 'search-dialog-'];

/** True when `id` is, or could become, an id the layout uses. */
export function isReservedId(id: string): boolean {
  return LAYOUT_IDS.includes(id) || LAYOUT_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
}
