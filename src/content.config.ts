import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { sectionsLoader } from './loaders/sections';
import { sourcesLoader } from './loaders/sources';
import { makeSectionSchema, sourceKeyList } from './schemas/section';
import { SourceSchema } from './schemas/source';

const sources = defineCollection({ loader: sourcesLoader(), schema: SourceSchema });

const sections = defineCollection({
  loader: sectionsLoader(),
  // Keys are checked as kebab-case and unique first, then become typed references.
  schema: makeSectionSchema(sourceKeyList.pipe(z.array(reference('sources')))),
});

export const collections = { sources, sections };
