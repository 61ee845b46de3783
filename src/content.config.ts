import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { changesLoader } from './loaders/changes';
import { firstStepsLoader } from './loaders/first-steps';
import { sectionsLoader } from './loaders/sections';
import { sourcesLoader } from './loaders/sources';
import { ChangeSchema } from './schemas/change';
import { FirstStepsSchema } from './schemas/first-steps';
import { makeSectionSchema, sourceKeyList } from './schemas/section';
import { SourceSchema } from './schemas/source';
import { makeTranslationSchema } from './schemas/translation';

const sources = defineCollection({ loader: sourcesLoader(), schema: SourceSchema });

const sections = defineCollection({
  loader: sectionsLoader(),
  // Keys are checked as kebab-case and unique first, then become typed references.
  schema: makeSectionSchema(sourceKeyList.pipe(z.array(reference('sources')))),
});

/** Spanish translations of the sections (content/es/sections/), keyed by the English slug. */
const translations = defineCollection({
  loader: sectionsLoader('translations'),
  schema: makeTranslationSchema(sourceKeyList.pipe(z.array(reference('sources')))),
});

/** The public corrections log; checked against sections and sources on the corrections page. */
const changes = defineCollection({ loader: changesLoader(), schema: ChangeSchema.extend({ line: z.int() }) });

/** The "What to do now" block and the notice, one entry per language (content/first-steps/). */
const firstSteps = defineCollection({ loader: firstStepsLoader(), schema: FirstStepsSchema });

export const collections = { sources, sections, translations, changes, firstSteps };
