import type { Root, Text } from 'mdast';
import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import { MARKER_SYNTAX, scanMarkers, type CitationRef } from '../citations/markers';
import { resolveCitations } from '../citations/resolve';
import type { z } from 'astro/zod';
import { SECTION_FIELD_NAMES, SectionSchema, type SectionFrontmatter } from '../../schemas/section';
import { TRANSLATION_FIELD_NAMES, TranslationSchema, type TranslationFrontmatter } from '../../schemas/translation';
import { findBodyProblems, formatProblems, headingIds } from './body-rules';
import { findForbiddenCharacters, FORBIDDEN_CHARACTER_FIX } from './characters';
import { splitFrontmatter } from './frontmatter';
import { fieldNamesAt, formatIssues } from './issues';
import { parseSectionBody } from './mdx';
import { readYaml } from './yaml';

/** Largest section file; the longest today is about 17 kB. It also bounds the parser's worst case. */
export const MAX_SECTION_BYTES = 60_000;
/** Longest frontmatter; the longest today is about 2,000 characters. */
export const MAX_FRONTMATTER_CHARS = 10_000;

export interface SectionFileInput {
  /** The whole file. */
  text: string;
  /** Its path relative to the project root, e.g. content/sections/ftca.mdx. */
  file: string;
  /** Every defined source key; undefined when the sources themselves failed (they report their own errors). */
  knownKeys?: ReadonlySet<string> | undefined;
  /** Whether a site path (e.g. /images/x.png) is a file in public/. */
  publicFileExists?: ((path: string) => boolean) | undefined;
}

/** What kind of file is checked: an English section, or a translation of one (content/<lang>/sections/). */
interface FileKind<F> {
  schema: z.ZodType<F>;
  fieldNames: readonly string[];
}
const SECTION_KIND: FileKind<SectionFrontmatter> = { schema: SectionSchema, fieldNames: SECTION_FIELD_NAMES };
const TRANSLATION_KIND: FileKind<TranslationFrontmatter> = { schema: TranslationSchema, fieldNames: TRANSLATION_FIELD_NAMES };

export interface CheckedFile<F> {
  file: string;
  /** The frontmatter as read, before the schema's transforms (dates are text). */
  data: Record<string, unknown>;
  frontmatter: F;
  /** The body below the frontmatter. */
  body: string;
  /** Anchor ids of its headings, in order. */
  headingIds: string[];
}

export type CheckedSection = CheckedFile<SectionFrontmatter>;
export type CheckedTranslation = CheckedFile<TranslationFrontmatter>;

/** Reads a section's frontmatter strictly: the same reader in the build, the compiler and the tests. */
export function readSectionFrontmatter(text: string, file: string): { data?: Record<string, unknown>; lineOf: (path: ReadonlyArray<PropertyKey>) => number; body: string; bodyText: string; errors: string[] } {
  const none = { lineOf: () => 1, body: '', bodyText: '' };
  if (text.length > MAX_SECTION_BYTES) {
    return { ...none, errors: [`${file}:1: the file is ${text.length} characters long; a section may be at most ${MAX_SECTION_BYTES}. Split it into two sections.`] };
  }
  const split = splitFrontmatter(text);
  if (!split.ok) return { ...none, errors: [`${file}:${split.line}: ${split.problem}`] };
  if (split.yaml.length > MAX_FRONTMATTER_CHARS) {
    return { ...none, errors: [`${file}:2: the frontmatter is ${split.yaml.length} characters long; the limit is ${MAX_FRONTMATTER_CHARS}. Shorten the aliases or the summary.`] };
  }
  const yaml = readYaml(split.yaml, file, { firstLine: split.yamlLine, maxDepth: 2, maxString: 1_000 });
  const base = { lineOf: yaml.lineOf, body: split.body, bodyText: split.bodyText };
  if (yaml.errors.length > 0) return { ...base, errors: yaml.errors };
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    return { ...base, errors: [`${file}:2: the frontmatter must be fields such as "title: …", one per line. Copy the frontmatter of another section and edit it.`] };
  }
  return { ...base, data: yaml.value as Record<string, unknown>, errors: [] };
}

/** Citation markers in running text, with the line each key is first cited on. */
function collectCitations(tree: Root, file: string): { cited: CitationRef[]; firstLine: Map<string, number>; errors: string[] } {
  const cited: CitationRef[] = [];
  const firstLine = new Map<string, number>();
  const errors: string[] = [];
  visit(tree, 'text', (node: Text) => {
    const line = node.position?.start.line ?? 1;
    const { markers, malformed } = scanMarkers(node.value);
    for (const bad of malformed) errors.push(`${file}:${line}: malformed citation marker "${bad.raw}". ${bad.problem} ${MARKER_SYNTAX}.`);
    for (const marker of markers) {
      for (const ref of marker.refs) if (!firstLine.has(ref.key)) firstLine.set(ref.key, line);
      cited.push(...marker.refs);
    }
  });
  return { cited, firstLine, errors };
}

/**
 * Checks one section file completely, without compiling or running it:
 * characters, frontmatter (strict YAML, strict schema, file name = slug), body
 * (no code, allowed components, links, images, headings, footnotes, marker
 * placement) and citations. Each error is `file:line: problem. Fix.`
 */
export function checkSectionFile(input: SectionFileInput): { section?: CheckedSection; errors: string[] } {
  return capErrors(input.file, checkSection(input, SECTION_KIND));
}

/** Checks a translated section (content/<lang>/sections/<slug>.mdx) by the same rules, with its own frontmatter schema. */
export function checkTranslationFile(input: SectionFileInput): { section?: CheckedTranslation; errors: string[] } {
  return capErrors(input.file, checkSection(input, TRANSLATION_KIND));
}

function capErrors<T>(file: string, result: { section?: T; errors: string[] }): { section?: T; errors: string[] } {
  // `section` is set whenever the frontmatter is valid; the file passes only when `errors` is empty.
  if (result.errors.length <= MAX_ERRORS_PER_FILE) return result;
  const more = result.errors.length - MAX_ERRORS_PER_FILE;
  return { ...result, errors: [...result.errors.slice(0, MAX_ERRORS_PER_FILE), `${file}: … and ${more} more problem${more === 1 ? '' : 's'} like these. Fix these first.`] };
}

/** Enough to see the pattern; a file with thousands of mistakes would bury the message. */
const MAX_ERRORS_PER_FILE = 30;

function checkSection<F>(input: SectionFileInput, kind: FileKind<F>): { section?: CheckedFile<F>; errors: string[] } {
  const { text, file } = input;
  const errors = findForbiddenCharacters(text).map((found) => `${file}:${found.line}: column ${found.column} holds the invisible character ${found.label}. ${FORBIDDEN_CHARACTER_FIX}`);
  const read = readSectionFrontmatter(text, file);
  errors.push(...read.errors);
  if (read.data === undefined) return { errors };
  const data = read.data;

  const parsed = kind.schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of formatIssues(parsed.error.issues, data, (path) => (path.length === 0 ? kind.fieldNames : fieldNamesAt(kind.schema, path)))) {
      errors.push(`${file}:${read.lineOf(issue.path)}: field "${issue.path.map(String).join('.') || 'frontmatter'}": ${issue.message}`);
    }
  }
  const slug = basename(file, '.mdx');
  if (typeof data['slug'] === 'string' && data['slug'] !== slug) {
    errors.push(
      `${file}:${read.lineOf(['slug'])}: field "slug": "${data['slug']}" does not match the file name "${slug}.mdx". The file name is the slug: rename the file to ${data['slug']}.mdx, or set slug: ${slug}.`,
    );
  }

  // Returned even with errors elsewhere, so cross-file checks (slug, order, aliases) still run.
  const withSection = (headings: string[] = []) =>
    parsed.success ? { section: { file, data, frontmatter: parsed.data, body: read.bodyText, headingIds: headings }, errors } : { errors };
  if (read.bodyText.trim() === '') {
    errors.push(`${file}: the body is empty. Write the section below the frontmatter, or remove the file.`);
    return withSection();
  }
  const body = parseSectionBody(read.body);
  if (!body.ok) {
    errors.push(`${file}:${body.line}: ${body.problem}`);
    return withSection();
  }
  errors.push(...formatProblems(file, findBodyProblems(body.tree, read.body, { publicFileExists: input.publicFileExists })));
  const ids = headingIds(body.tree);

  const listed = Array.isArray(data['sources']) ? data['sources'].filter((key): key is string => typeof key === 'string') : [];
  const citations = collectCitations(body.tree, file);
  errors.push(...citations.errors);
  const known = input.knownKeys ?? new Set([...listed, ...citations.cited.map((ref) => ref.key)]);
  for (const problem of resolveCitations({ cited: citations.cited, listed, known }).errors) {
    const key = /"([a-z0-9-]+)"/.exec(problem)?.[1] ?? '';
    const index = listed.indexOf(key);
    errors.push(`${file}:${citations.firstLine.get(key) ?? read.lineOf(index === -1 ? ['sources'] : ['sources', index])}: ${problem}`);
  }

  const aliases = data['anchorAliases'];
  if (aliases !== null && typeof aliases === 'object' && !Array.isArray(aliases)) {
    const live = new Set(ids.map((heading) => heading.id));
    for (const [from, to] of Object.entries(aliases)) {
      const line = read.lineOf(['anchorAliases', from]);
      if (live.has(from)) errors.push(`${file}:${line}: field "anchorAliases.${from}": "${from}" is still a heading id on this page. Remove the alias.`);
      if (typeof to === 'string' && !live.has(to)) errors.push(`${file}:${line}: field "anchorAliases.${from}": it points to "#${to}", which is not a heading id on this page. Use the new heading's id.`);
    }
  }

  return withSection(ids.map((heading) => heading.id));
}
