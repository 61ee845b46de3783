/**
 * Fast checks of the real content, without an Astro build: the same function
 * the sections loader runs before anything is compiled (strict YAML, strict
 * schemas, no code in MDX, links, headings, citations, cross-file rules), so
 * editors get the build's messages in about a second.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content';
import { readGlossary } from '../../../src/lib/glossary';

const root = join(import.meta.dirname, '../../..');
const content = checkContent(root, new Date());

test('every source file parses and validates', () => {
  expect(content.sourceErrors).toEqual([]);
  expect(content.sources.length).toBeGreaterThan(0);
});

test('every section, the glossary and content/ itself pass the build checks', () => {
  expect(content.errors).toEqual([]);
});

test('there are sections', () => {
  expect(content.sections.length).toBeGreaterThanOrEqual(1);
});

describe('the explainer as a whole', () => {
  test.each(content.sections.map((s) => [s.file, s.frontmatter.sources.length] as const))('%s cites at least three sources', (_file, count) => {
    expect(count).toBeGreaterThanOrEqual(3);
  });

  test('every source is cited by at least one section', () => {
    const cited = new Set(content.sections.flatMap((s) => s.frontmatter.sources));
    expect(content.sources.map((source) => source.key).filter((key) => !cited.has(key))).toEqual([]);
  });

  test('every glossary term is defined on the glossary page under a heading with its exact text', () => {
    const glossary = readFileSync(join(root, 'content/sections/glossary.mdx'), 'utf8');
    const headings = [...glossary.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    for (const term of readGlossary(root)) expect(headings).toContain(term.term);
  });
});
