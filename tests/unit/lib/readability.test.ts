import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openingParagraph, stripMarkers } from '../../../src/lib/plain-text';
import { countText, fernandezHuerta, gradeLevel, readingProblems, spanishReadingProblems, spanishSyllables } from '../../../src/lib/readability';

describe('countText', () => {
  test('counts words, syllables and sentences, with numbers as one syllable', () => {
    expect(countText('File the claim within 2 years. Then wait.')).toEqual({ sentence: 2, word: 8, syllable: 9 });
  });
  test('a citation does not end a sentence', () => {
    expect(countText('See 28 U.S.C. § 2401(b) and Egbert v. Boule for the rule.').sentence).toBe(1);
  });
});

describe('gradeLevel (Flesch–Kincaid)', () => {
  test('short plain sentences read at a low grade', () => {
    expect(gradeLevel('Write down what happened. Keep every paper. Ask a lawyer for help.')).toBeLessThan(4);
  });
  test('a long legal sentence reads at college level', () => {
    const text =
      'Notwithstanding the availability of administrative remedies, constitutional damages actions against individual federal immigration enforcement officers have been categorically foreclosed by intermediate appellate jurisprudence interpreting the Supreme Court’s extraordinarily restrictive separation-of-powers methodology.';
    expect(gradeLevel(text)).toBeGreaterThan(14);
  });
  test('empty text has grade 0', () => expect(gradeLevel('')).toBe(0));
});

describe('plain text of a section', () => {
  test('stripMarkers removes markers and the space before them', () => {
    expect(stripMarkers('The FTCA bars punitive damages [@usc-28-2674]. See [@a; @b, at 4] too.')).toBe('The FTCA bars punitive damages. See too.');
  });
  test('openingParagraph skips headings and leaves out component labels', () => {
    const body = '## In brief\n\n<Status is="settled" /> Suing the agent is rare [@egbert-v-boule].\n\nSecond paragraph.';
    expect(openingParagraph(body)).toBe('Suing the agent is rare.');
  });
});

describe('readingProblems', () => {
  const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/readability/grade-14.md'), 'utf8');
  test('a passage written at grade 14 fails with its grade and the fix', () => {
    expect(gradeLevel(fixture)).toBeGreaterThanOrEqual(14);
    const [problem] = readingProblems([{ where: 'fixture summary', text: fixture, ceiling: 8 }]);
    expect(problem).toMatch(/^fixture summary reads at grade \d+(\.\d)? \(Flesch–Kincaid\); keep it at 8 or below/);
  });
  test('a plain passage passes', () => {
    expect(readingProblems([{ where: 'x', text: 'You can ask for money. Send a form within two years.', ceiling: 8 }])).toEqual([]);
  });
});

describe('Spanish', () => {
  test.each([
    ['agencia', 3],
    ['reclamación', 4],
    ['abogado', 4],
    ['gobierno', 3],
    ['días', 2],
    ['país', 2],
    ['leer', 2],
    ['aéreo', 4],
    ['quien', 1],
    ['guerra', 2],
    ['hay', 1],
    ['y', 1],
    ['ahora', 3],
    ['policía', 4],
    ['inmigración', 4],
  ])('spanishSyllables(%s) = %i', (word, n) => expect(spanishSyllables(word)).toBe(n));

  test('plain Spanish reads as easy or normal; dense legal Spanish does not', () => {
    expect(fernandezHuerta('Escriba lo que pasó. Guarde sus papeles. Busque un abogado.')).toBeGreaterThan(70);
    const dense =
      'No obstante la renuncia legislativa a la inmunidad soberana consagrada en la Ley Federal de Reclamaciones por Agravios, las personas perjudicadas por operativos de control migratorio enfrentan formidables requisitos jurisdiccionales, incluido el agotamiento administrativo obligatorio.';
    expect(fernandezHuerta(dense)).toBeLessThan(40);
    expect(spanishReadingProblems([{ where: 'x', text: dense, floor: 60 }])[0]).toMatch(/^x has a reading ease of -?[\d.]+ \(Fernández Huerta\); keep it at 60 or above/);
  });
});
