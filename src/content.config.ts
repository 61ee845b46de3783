import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { changesLoader } from './loaders/changes';
import { sectionsLoader } from './loaders/sections';
import { sourcesLoader } from './loaders/sources';
import { ChangeSchema } from './schemas/change';
import { makeSectionSchema, sourceKeyList } from './schemas/section';
import { SourceSchema } from './schemas/source';

const sources = defineCollection({ loader: sourcesLoader(), schema: SourceSchema });

const sections = defineCollection({
  loader: sectionsLoader(),
  // Keys are checked as kebab-case and unique first, then become typed references.
  schema: makeSectionSchema(sourceKeyList.pipe(z.array(reference('sources')))),
});

/** The public corrections log; checked against sections and sources on the corrections page. */
const changes = defineCollection({ loader: changesLoader(), schema: ChangeSchema.extend({ line: z.int() }) });

export const collections = { sources, sections, changes };
