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
