/**
 * Fast checks of the real content, without an Astro build: every source parses,
 * every section's frontmatter validates, and its citations resolve. The build
 * runs the same checks; this gives editors the same messages in a second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { readGlossary } from '../../../src/lib/glossary';
import { readSources } from '../../../src/lib/sources/read';
import { findSectionConflicts } from '../../../src/lib/sections';
import { remarkCitations } from '../../../src/plugins/remark-citations';
import { remarkContentRules } from '../../../src/plugins/remark-content-rules';
import { remarkMdxComponents } from '../../../src/plugins/remark-mdx-components';
import { SectionSchema } from '../../../src/schemas/section';

const root = join(import.meta.dirname, '../../..');
const sectionsDir = join(root, 'content/sections');
const files = readdirSync(sectionsDir).filter((name) => name.endsWith('.mdx')).sort();
const sources = readSources(root);
const known = new Set(sources.items.map((source) => source.key));

function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (match === null) return { data: undefined, body: text };
  return { data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
}

test('every source file parses and validates', () => {
  expect(sources.errors).toEqual([]);
  expect(sources.items.length).toBeGreaterThan(0);
});

test('there are sections', () => {
  expect(files.length).toBeGreaterThanOrEqual(1);
});

describe.each(files)('%s', (name) => {
  const path = join(sectionsDir, name);
  const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));

  test('frontmatter validates', () => {
    const result = SectionSchema.safeParse(data);
    const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems).toEqual([]);
  });

  test('components are allowed and citations resolve and agree with the frontmatter', async () => {
    const frontmatter = typeof data === 'object' && data !== null ? { ...data } : {};
    const file = new VFile({ path, value: body, data: { astro: { frontmatter } } });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMdxComponents, { root }).use(remarkContentRules, { root }).use(remarkCitations, { knownKeys: () => known, root });
    await processor.run(processor.parse(file), file);
    expect(file.data).toHaveProperty('astro.frontmatter.citations');
  });
});

test('slugs and order numbers are unique across sections', () => {
  const sections = files.map((name) => {
    const { data } = splitFrontmatter(readFileSync(join(sectionsDir, name), 'utf8'));
    const parsed = SectionSchema.parse(data);
    return { slug: parsed.slug, order: parsed.order, file: `content/sections/${name}` };
  });
  expect(findSectionConflicts(sections)).toEqual([]);
});

describe('the explainer as a whole', () => {
  const sections = files.map((name) => {
    const { data } = splitFrontmatter(readFileSync(join(sectionsDir, name), 'utf8'));
    return { name, ...SectionSchema.parse(data) };
  });

  test.each(sections.map((s) => [s.name, s.sources.length] as const))('%s cites at least three sources', (_name, count) => {
    expect(count).toBeGreaterThanOrEqual(3);
  });

  test('every source is cited by at least one section', () => {
    const cited = new Set(sections.flatMap((s) => s.sources));
    expect(sources.items.map((source) => source.key).filter((key) => !cited.has(key))).toEqual([]);
  });

  test('every glossary term is defined on the glossary page under a heading with its exact text', () => {
    const glossary = readFileSync(join(sectionsDir, 'glossary.mdx'), 'utf8');
    const headings = [...glossary.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    for (const term of readGlossary(root)) expect(headings).toContain(term.term);
  });
});
