/**
 * Query normalisation for legal vocabulary, applied before Pagefind sees the
 * query, so that equivalent ways of writing the same thing find the same pages.
 * Each rule is [pattern, replacement]; order matters (longer forms first).
 */
const RULES: Array<[RegExp, string]> = [
  // "42 U.S.C. § 1983", "42 USC 1983", "§ 1983", "§1983", "section 1983", "sec. 1983" → "1983"
  [/\b\d+\s*U\.?\s*S\.?\s*C\.?\s*(?:§+|sections?\b|secs?\.?)?\s*(\d[\w().-]*)/giu, '$1'],
  [/(?:§+|\bsections?\b|\bsecs?\.?)\s*(\d[\w().-]*)/giu, '$1'],
  [/§+\s*(\d[\w().-]*)/gu, '$1'],
  // "Standard Form 95", "Standard Form-95", "SF 95", "SF95", "sf-95", "form 95" → "SF-95"
  [/\b(?:standard\s+form|sf|form)[\s-]*95\b/giu, 'SF-95'],
  // "Form I 205", "I205", "i-205" → "I-205" (and I-200)
  [/\b(?:form\s+)?i[\s-]?(200|205)\b/giu, 'I-$1'],
  // "287 g", "287(g)", "287g" → "287(g)"
  [/\b287\s*\(?\s*g\s*\)?(?!\w)/giu, '287(g)'],
];

/** The longest query we pass on: longer input is cut, not rejected. */
export const MAX_QUERY_LENGTH = 200;

/** Normalises a reader's query; returns '' when nothing searchable is left. */
export function normalizeQuery(raw: string): string {
  let query = raw.normalize('NFKC').slice(0, MAX_QUERY_LENGTH);
  for (const [pattern, replacement] of RULES) query = query.replace(pattern, replacement);
  query = query.replace(/\s+/g, ' ').trim();
  // Punctuation alone (e.g. "?!...") has nothing to search for.
  return /[\p{L}\p{N}]/u.test(query) ? query : '';
}

/**
 * Adds the highlight parameter to a result URL, before any #fragment, so the
 * landing page can mark the searched words: "/s/x/#h" → "/s/x/?highlight=ftca#h".
 */
export function withHighlight(url: string, query: string, param = 'highlight'): string {
  const terms = normalizeQuery(query);
  if (terms === '') return url;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}${param}=${encodeURIComponent(terms)}${hash}`;
}

/** Everyday words a reader types that rarely appear in the text they are looking for. */
const STOPWORDS = new Set(
  'a an and are can could do does for from how i if in into is it me my of on or should the their them they this to was we what when where which who why will with you your'.split(' '),
);

/**
 * A looser version of a normalised query, for when the exact one finds nothing:
 * Pagefind requires every word to match, so "can ICE enter my home" finds no page
 * containing "my". Drops everyday words; returns null when nothing would change
 * or nothing would be left.
 */
export function relaxQuery(query: string): string | null {
  const words = query.split(' ');
  const kept = words.filter((word) => !STOPWORDS.has(word.toLowerCase()));
  if (kept.length === 0 || kept.length === words.length) return null;
  return kept.join(' ');
}
