import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { countSentences } from './text';

/** Counts the Flesch–Kincaid formula needs. */
export interface TextCounts {
  sentence: number;
  word: number;
  syllable: number;
}

const words = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Sentences, words and syllables of a plain-text passage. Sentences are counted
 * with the legal-abbreviation rules the summaries already use ("U.S.C.", "v."),
 * so a citation does not end a sentence; a number counts as one syllable
 * (`syllable` gives digits none), which keeps "2 years" from looking easier than
 * "two years".
 */
export function countText(text: string): TextCounts {
  let word = 0;
  let syllables = 0;
  for (const segment of words.segment(text)) {
    if (!segment.isWordLike) continue;
    word += 1;
    syllables += Math.max(1, syllable(segment.segment));
  }
  return { sentence: countSentences(text), word, syllable: syllables };
}

/** The U.S. school grade a passage reads at (Flesch–Kincaid, 1975), to one decimal. */
export function gradeLevel(text: string): number {
  const grade = fleschKincaid({ ...countText(text) });
  return Number.isNaN(grade) ? 0 : Math.round(grade * 10) / 10;
}

/** Grade ceilings the site holds its text to (issue: plain language where readers enter). */
export const READING_GRADE = {
  /** Home page, the short answer, section summaries, the steps box. */
  entryPoint: 8,
  /** The opening paragraph of each section body. */
  opening: 10,
} as const;

/** A passage to hold to a ceiling: where it is (for the message) and its text. */
export interface Passage {
  where: string;
  text: string;
  ceiling: number;
}

/** Passages that read above their ceiling, each as a message with its grade and the fix. */
export function readingProblems(passages: readonly Passage[]): string[] {
  return passages.flatMap(({ where, text, ceiling }) => {
    const grade = gradeLevel(text);
    return grade > ceiling ? [`${where} reads at grade ${grade} (Flesch–Kincaid); keep it at ${ceiling} or below: shorter sentences, everyday words, one idea a sentence.`] : [];
  });
}

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWELS = new Set([...STRONG, 'i', 'u', 'ü']);

/**
 * Syllables in a Spanish word. Each run of vowels is one syllable, plus one for
 * each hiatus inside it: two strong vowels side by side (le-er, a-é-re-o), or an
 * accented í/ú beside another vowel (dí-as, pa-ís). The u of que/qui/gue/gui is
 * silent, and a final y after a vowel closes its diphthong (rey, hay). Written
 * here because no maintained package counts Spanish syllables (hyphenation
 * patterns never split a word's first or last letter, so they undercount).
 */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/(?<=[qg])u(?=[eiéí])/g, '').replace(/(?<=[aeiouáéíóú])y$/, '');
  if (w === 'y') return 1;
  let count = 0;
  let previous = '';
  for (const char of w) {
    if (!VOWELS.has(char)) {
      previous = '';
      continue;
    }
    // A new syllable starts a run, or splits it at a hiatus.
    if (previous === '' || (STRONG.has(previous) && STRONG.has(char))) count += 1;
    previous = char;
  }
  return Math.max(1, count);
}

const palabras = new Intl.Segmenter('es', { granularity: 'word' });

/** Sentences, words and syllables of a Spanish passage, counted as `countText` does for English. */
export function countSpanishText(text: string): TextCounts {
  let word = 0;
  let syllables = 0;
  for (const segment of palabras.segment(text)) {
    if (!segment.isWordLike) continue;
    word += 1;
    syllables += /^\p{N}+$/u.test(segment.segment) ? 1 : spanishSyllables(segment.segment);
  }
  return { sentence: countSentences(text), word, syllable: syllables };
}

/**
 * Fernández Huerta's reading ease for Spanish (1959), in the corrected form
 * (Law, 2011): 206.84 − 60 × syllables per word − 1.02 × words per sentence.
 * Higher is easier: 60–70 reads as "normal" (school grades 7–8), 50–60 as
 * "somewhat difficult" (upper secondary).
 */
export function fernandezHuerta(text: string): number {
  const counts = countSpanishText(text);
  if (counts.word === 0 || counts.sentence === 0) return 100;
  return Math.round((206.84 - 60 * (counts.syllable / counts.word) - 1.02 * (counts.word / counts.sentence)) * 10) / 10;
}

/** The Spanish floors matching the English ceilings (grade 8 ≈ 60 "normal"; grade 10 ≈ 50). */
export const SPANISH_READING_EASE = {
  entryPoint: 60,
  opening: 50,
} as const;

/** Spanish passages that read below their floor, each as a message with its score and the fix. */
export function spanishReadingProblems(passages: ReadonlyArray<{ where: string; text: string; floor: number }>): string[] {
  return passages.flatMap(({ where, text, floor }) => {
    const ease = fernandezHuerta(text);
    return ease < floor
      ? [`${where} has a reading ease of ${ease} (Fernández Huerta); keep it at ${floor} or above: frases más cortas, palabras de todos los días, una idea por frase.`]
      : [];
  });
}
