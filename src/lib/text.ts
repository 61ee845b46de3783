/**
 * Abbreviations that end in a full stop without ending a sentence, common in
 * legal prose ("Egbert v. Boule", "28 U.S.C.", "No. 23-7625").
 */
const ABBREVIATIONS = /\b(?:v|vs|No|Nos|Cir|U\.S|U\.S\.C|C\.F\.R|e\.g|i\.e|Inc|Co|Corp|Dep't|Mr|Ms|Dr|St|Jr|Sr|Stat|Pub|L|Cong|Sess|Cal|Ill|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec|EE|UU|EE\.\s?UU|núm|art|arts|pág|págs|Sra|Srta|ej|etc)\.$/;

/** Counts the sentences in a short plain-text passage such as a summary. */
export function countSentences(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  let count = 0;
  words.forEach((word, index) => {
    const last = index === words.length - 1;
    const next = words[index + 1];
    const endsSentence = /[.!?]["”’)»]*$/.test(word) && !ABBREVIATIONS.test(word.replace(/["”’)»]+$/, ''));
    // A sentence may open with Spanish ¿ or ¡, a quotation mark, or an accented capital (Él, Ésta).
    if (last || (endsSentence && next !== undefined && /^["“‘(¿¡«]*[\p{Lu}0-9§]/u.test(next))) count += 1;
  });
  return count;
}
