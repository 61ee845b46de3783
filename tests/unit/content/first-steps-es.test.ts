/**
 * The Spanish "What to do now" block and notice (content/first-steps/es.yaml),
 * held to the same rules as the English one in Spanish terms: it loads with the
 * Spanish deadline-warning patterns, and it reads at Fernández Huerta 60 or above
 * (the Spanish floor for entry points), as a whole, in its deadline, and in each notice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { missingClockWarnings } from '../../../src/lib/deadlines';
import { inlinePlainText } from '../../../src/lib/inline-markdown';
import { SPANISH_READING_EASE, spanishReadingProblems } from '../../../src/lib/readability';
import { readSources } from '../../../src/lib/sources/read';
import { readFirstSteps } from '../../../src/loaders/first-steps';

const root = join(import.meta.dirname, '../../..');
const file = 'content/first-steps/es.yaml';

test.runIf(existsSync(join(root, file)))(`${file}: loads with the Spanish deadline warnings and reads plainly`, () => {
  const known = new Set(readSources(root).items.map((source) => source.key));
  const { data, errors } = readFirstSteps(readFileSync(join(root, file), 'utf8'), file, known, 'es');
  expect(errors).toEqual([]);
  if (data === undefined) throw new Error(`${file} did not parse`);
  expect(missingClockWarnings(inlinePlainText(data.deadline.text), 'es')).toEqual([]);
  expect(missingClockWarnings(inlinePlainText(data.notice.full), 'es')).toEqual([]);
  // Each step alone is too short for the formula; the block is measured whole, and the deadline on its own.
  const deadline = `${data.deadline.label} ${inlinePlainText(data.deadline.text)}`;
  const steps = data.steps.map((step) => `${step.lead} ${inlinePlainText(step.text)}`);
  const floor = SPANISH_READING_EASE.entryPoint;
  expect(
    spanishReadingProblems([
      { where: `${file}: the block as a whole`, text: [data.title, deadline, ...steps].join(' '), floor },
      { where: `${file}: field "deadline.text"`, text: deadline, floor },
      { where: `${file}: field "notice.full"`, text: `${data.notice.label} ${inlinePlainText(data.notice.full)}`, floor },
      { where: `${file}: field "notice.short"`, text: `${data.notice.label} ${inlinePlainText(data.notice.short)}`, floor },
    ]),
  ).toEqual([]);
});
