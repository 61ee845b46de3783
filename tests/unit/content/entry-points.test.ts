/**
 * Rules on the real content that protect a stressed reader: entry points in
 * plain language, the FTCA clock never stated without its warnings, and a
 * corrections log that points at real sections and headings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { findChangeProblems, withIds } from '../../../src/lib/changes';
import { missingClockWarnings } from '../../../src/lib/deadlines';
import { inlinePlainText } from '../../../src/lib/inline-markdown';
import { readSectionFrontmatter } from '../../../src/lib/content/section-file';
import { openingParagraph, parseBody } from '../../../src/lib/plain-text';
import { READING_GRADE, readingProblems, SPANISH_READING_EASE, spanishReadingProblems } from '../../../src/lib/readability';
import { headingSlugs } from '../../../src/lib/slug';
import { readSources } from '../../../src/lib/sources/read';
import { readChanges } from '../../../src/loaders/changes';
import { readFirstSteps } from '../../../src/loaders/first-steps';
import { remarkDeadlineRules } from '../../../src/plugins/remark-deadline-rules';

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'content/sections');
const sections = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    // The build's own strict reader, so this test reads a file exactly as the build does.
    const read = readSectionFrontmatter(readFileSync(join(dir, name), 'utf8'), `content/sections/${name}`);
    const data = (read.data ?? {}) as { slug: string; summary: string; anchorAliases?: Record<string, string> };
    return { name, path: join(dir, name), data, body: read.bodyText };
  });

const esDir = join(root, 'content/es/sections');
const translations = (existsSync(esDir) ? readdirSync(esDir) : [])
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const read = readSectionFrontmatter(readFileSync(join(esDir, name), 'utf8'), `content/es/sections/${name}`);
    return { name: `es/${name}`, path: join(esDir, name), data: (read.data ?? {}) as { slug: string; summary: string }, body: read.bodyText };
  });

test.each(sections.map((s) => [s.name, s] as const))('%s: summary and opening paragraph are plain language', (_, section) => {
  expect(
    readingProblems([
      { where: `${section.name}: field "summary"`, text: section.data.summary, ceiling: READING_GRADE.entryPoint },
      { where: `${section.name}: the opening paragraph`, text: openingParagraph(section.body), ceiling: READING_GRADE.opening },
    ]),
  ).toEqual([]);
});

test.each(sections.map((s) => [s.name, s] as const))('%s: every statement of the FTCA clock carries its warnings', async (_, section) => {
  const file = new VFile({ path: section.path, value: section.body, data: { astro: { frontmatter: section.data } } });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDeadlineRules, { root });
  await expect(processor.run(processor.parse(file), file)).resolves.toBeDefined();
});

test.each(translations.map((s) => [s.name, s] as const))('%s: summary and opening paragraph are plain Spanish', (_, section) => {
  expect(
    spanishReadingProblems([
      { where: `${section.name}: field "summary"`, text: section.data.summary, floor: SPANISH_READING_EASE.entryPoint },
      { where: `${section.name}: the opening paragraph`, text: openingParagraph(section.body), floor: SPANISH_READING_EASE.opening },
    ]),
  ).toEqual([]);
});

test.each(translations.map((s) => [s.name, s] as const))('%s: every statement of the FTCA clock carries its warnings, in Spanish', async (_, section) => {
  const file = new VFile({ path: section.path, value: section.body, data: { astro: { frontmatter: section.data } } });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDeadlineRules, { root });
  await expect(processor.run(processor.parse(file), file)).resolves.toBeDefined();
});

describe('the corrections log', () => {
  const file = 'content/changes.yaml';
  const { items, errors } = readChanges(readFileSync(join(root, file), 'utf8'), file);
  test('parses and validates', () => expect(errors).toEqual([]));
  test('points at existing sections and headings, cites known sources, and is dated honestly', () => {
    const anchors = sections.map((section) => {
      const headings: string[] = [];
      visit(parseBody(section.body), 'heading', (node: Heading) => void headings.push(toString(node)));
      return { slug: section.data.slug, ids: new Set([...headingSlugs(headings), ...Object.keys(section.data.anchorAliases ?? {})]) };
    });
    const known = new Set(readSources(root).items.map((source) => source.key));
    expect(findChangeProblems(withIds(items), anchors, known, new Date())).toEqual([]);
  });
  // The Spanish edition shows every entry; one without its Spanish text would be missing there.
  test('every entry has its Spanish text (es: { what, why })', () => {
    const missing = items.filter((entry) => entry.es === undefined).map((entry) => `${file}:${entry.line}: add es: { what, why }, the entry's what and why in Spanish.`);
    expect(missing).toEqual([]);
  });
});

describe('the "What to do now" block and the notice (content/first-steps/en.yaml)', () => {
  const file = 'content/first-steps/en.yaml';
  const known = new Set(readSources(root).items.map((source) => source.key));
  const { data, errors } = readFirstSteps(readFileSync(join(root, file), 'utf8'), file, known);
  test('parses, cites known sources, and gives the deadline with both warnings', () => expect(errors).toEqual([]));
  // Each step alone is two short sentences, too little text for the formula; the deadline is held on its own.
  test('reads at grade 8 or below: the block, its deadline, and the notice', () => {
    if (data === undefined) throw new Error(`${file} did not parse`);
    const deadline = `${data.deadline.label} ${inlinePlainText(data.deadline.text)}`;
    const steps = data.steps.map((step) => `${step.lead} ${inlinePlainText(step.text)}`);
    const ceiling = READING_GRADE.entryPoint;
    expect(
      readingProblems([
        { where: `${file}: the block as a whole`, text: [data.title, deadline, ...steps].join(' '), ceiling },
        { where: `${file}: field "deadline.text"`, text: deadline, ceiling },
        { where: `${file}: field "notice.full"`, text: `${data.notice.label} ${inlinePlainText(data.notice.full)}`, ceiling },
        { where: `${file}: field "notice.short"`, text: `${data.notice.label} ${inlinePlainText(data.notice.short)}`, ceiling },
      ]),
    ).toEqual([]);
  });
  test('the deadline and the full notice carry both warnings', () => {
    expect(missingClockWarnings(inlinePlainText(data?.deadline.text ?? ''))).toEqual([]);
    expect(missingClockWarnings(inlinePlainText(data?.notice.full ?? ''))).toEqual([]);
  });
});
