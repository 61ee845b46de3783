/**
 * Query normalisation for legal vocabulary, applied before Pagefind sees the
 * query, so that equivalent ways of writing the same thing find the same pages.
 * Each rule is [pattern, replacement]; order matters (longer forms first).
 */
const RULES: Array<[RegExp, string]> = [
  // "42 U.S.C. § 1983", "42 USC 1983", "§ 1983", "§1983", "section 1983", "sec. 1983" → "1983"
  // (and in Spanish: "sección 1983", "secc. 1983")
  [/\b\d+\s*U\.?\s*S\.?\s*C\.?\s*(?:§+|sections?\b|secci[oó]n(?:es)?(?![\p{L}])|secc?s?\.?)?\s*(\d[\w().-]*)/giu, '$1'],
  [/(?:§+|\bsections?\b|(?<![\p{L}])secci[oó]n(?:es)?(?![\p{L}])|\bsecc?s?\.?)\s*(\d[\w().-]*)/giu, '$1'],
  [/§+\s*(\d[\w().-]*)/gu, '$1'],
  // "Standard Form 95", "Standard Form-95", "SF 95", "SF95", "sf-95", "form 95", "formulario (estándar) 95" → "SF-95"
  [/\b(?:standard\s+form|formulario(?:\s+est[aá]ndar)?|sf|form)[\s-]*95\b/giu, 'SF-95'],
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

/** Everyday words a reader types that rarely appear in the text they are looking for, per language. */
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'a about an and any are as at be by can could do does for from has have how i if in into is it many me much my of on or should that the their them there they this to was we what when where which who why will with you your'.split(
      ' ',
    ),
  ),
  es: new Set(
    'a al algo algún alguna como con cómo cual cuál cuando cuándo cuanto cuánto de del desde donde dónde el él ella en entre es esa ese eso esta está este esto ha hacer hago hay la las le les lo los me mi mis muy no o para pero por puede pueden puedo que qué quien quién se si sí sin sobre son su sus te tengo tiene tu tus un una uno unos y ya yo'.split(
      ' ',
    ),
  ),
};

/** True for a filler word ("the", "it", "can"; "el", "de", "puedo"): never worth highlighting on its own. */
export function isFillerWord(word: string, lang = 'en'): boolean {
  return (STOPWORDS[lang] ?? STOPWORDS['en'] ?? new Set()).has(word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}

/**
 * A looser version of a normalised query, for when the exact one finds nothing:
 * Pagefind requires every word to match, so "can ICE enter my home" finds no page
 * containing "my". Drops everyday words; returns null when nothing would change
 * or nothing would be left.
 */
export function relaxQuery(query: string, lang = 'en'): string | null {
  const words = query.split(' ');
  const kept = words.filter((word) => !isFillerWord(word, lang));
  if (kept.length === 0 || kept.length === words.length) return null;
  return kept.join(' ');
}

/**
 * Plain words a reader uses for a legal idea the text names otherwise: the
 * legal term is added, so "how much money" also weighs pages about damages.
 */
const READER_WORDS: Record<string, Array<[RegExp, string]>> = { en: [[/\bmoney\b/iu, 'damages']], es: [] };

/**
 * What is sent to Pagefind for a reader's query: normalised, without filler
 * words (every word must match, and "the", "can" or "my" would only add noise
 * to the ranking and the highlighting), plus the legal term for a plain word.
 */
export function searchQuery(raw: string, lang = 'en'): string {
  const query = normalizeQuery(raw);
  if (query === '') return '';
  let terms = relaxQuery(query, lang) ?? query;
  for (const [word, legal] of READER_WORDS[lang] ?? []) if (word.test(terms) && !terms.toLowerCase().includes(legal)) terms = `${terms} ${legal}`;
  return terms;
}

/**
 * Adds the highlight parameter to a result URL, before any #fragment, so the
 * landing page marks the searched words (not filler words such as "the"):
 * "/s/x/#h" → "/s/x/?highlight=ftca#h".
 */
export function withHighlight(url: string, query: string, param = 'highlight', lang = 'en'): string {
  const terms = searchQuery(query, lang);
  if (terms === '') return url;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}${param}=${encodeURIComponent(terms)}${hash}`;
}
