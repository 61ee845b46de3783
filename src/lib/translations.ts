import type { Root, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { createHash } from 'node:crypto';
import { visit } from 'unist-util-visit';
import { scanMarkers } from './citations/markers';
import { parseSectionBody } from './content/mdx';

/**
 * The fingerprint of an English section file that a translation records in
 * `translatedFrom`: the first 12 hex digits of its SHA-256, with line endings
 * made LF first so a checkout on Windows gives the same value.
 */
export function translationHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex').slice(0, 12);
}

/** What a translation must keep from its original: the law, the sources and the structure, not the words. */
export interface BodyShape {
  /** Depth of each heading, in order: the translation's headings take the English anchors by position. */
  headings: number[];
  /** Each `<Status is>` value, in order. */
  statuses: string[];
  /** How many `<Deadlines>` boxes and `<FtcaTimeline />` pictures. */
  deadlines: number;
  timelines: number;
  /** Every citation, as "key" or "key, locator", sorted: the same citations, wherever the sentence puts them. */
  citations: string[];
}

/** The shape of a section body (MDX without frontmatter); undefined when the body does not parse (its own check reports that). */
export function bodyShape(body: string): BodyShape | undefined {
  const parsed = parseSectionBody(body);
  if (!parsed.ok) return undefined;
  return shapeOf(parsed.tree);
}

function shapeOf(tree: Root): BodyShape {
  const shape: BodyShape = { headings: [], statuses: [], deadlines: 0, timelines: 0, citations: [] };
  visit(tree, (node) => {
    if (node.type === 'heading') shape.headings.push(node.depth);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name === 'Status') {
        const is = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'is');
        shape.statuses.push(is && typeof is.value === 'string' ? is.value : '');
      }
      if (element.name === 'Deadlines') shape.deadlines += 1;
      if (element.name === 'FtcaTimeline') shape.timelines += 1;
    }
    if (node.type === 'text') {
      for (const marker of scanMarkers((node as Text).value).markers) {
        for (const ref of marker.refs) shape.citations.push(ref.locator === undefined ? ref.key : `${ref.key}, ${ref.locator}`);
      }
    }
  });
  shape.citations.sort();
  return shape;
}

/** The two sides of a translation check. */
export interface TranslationPair {
  /** The translation's file, e.g. content/es/sections/ftca.mdx. */
  file: string;
  sources: readonly string[];
  shape: BodyShape;
  /** The English original, or undefined when there is none. */
  original?: { file: string; sources: readonly string[]; shape: BodyShape } | undefined;
}

const list = (items: readonly string[]) => (items.length === 0 ? 'none' : items.map((item) => `"${item}"`).join(', '));

/** Items of `a` missing from `b`, counting repeats. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(item, (left.get(item) ?? 0) + 1);
  return a.filter((item) => {
    const n = left.get(item) ?? 0;
    if (n === 0) return true;
    left.set(item, n - 1);
    return false;
  });
}

/**
 * Same law, same sources: a translation cites exactly the English section's
 * sources, with the same pinpoints, the same status markers in the same order,
 * the same deadline boxes and pictures, and headings at the same depths (the
 * translation's headings take the English anchors by position, so a shared link
 * to a part works in both languages). Each problem names the file and the fix.
 */
export function findTranslationProblems(pair: TranslationPair): string[] {
  const { file, original } = pair;
  if (original === undefined) {
    return [`${file}: there is no English section with this slug. Name the file after the English section it translates (content/sections/<slug>.mdx), or remove it.`];
  }
  const problems: string[] = [];
  const en = original.shape;
  const tr = pair.shape;
  const onlyEn = missingFrom([...original.sources].sort(), [...pair.sources].sort());
  const onlyTr = missingFrom([...pair.sources].sort(), [...original.sources].sort());
  if (onlyEn.length > 0 || onlyTr.length > 0) {
    problems.push(`${file}: field "sources" must list the same sources as ${original.file}. Missing: ${list(onlyEn)}; not in the English: ${list(onlyTr)}.`);
  }
  const citeMissing = missingFrom(en.citations, tr.citations);
  const citeExtra = missingFrom(tr.citations, en.citations);
  if (citeMissing.length > 0 || citeExtra.length > 0) {
    problems.push(`${file}: the citations differ from ${original.file}. Cite each source with the same pinpoint as the English, as often: missing ${list(citeMissing)}; extra ${list(citeExtra)}.`);
  }
  if (en.statuses.join() !== tr.statuses.join()) {
    problems.push(`${file}: the <Status> markers differ from ${original.file} (English: ${list(en.statuses)}; here: ${list(tr.statuses)}). Keep the same markers in the same order.`);
  }
  if (en.deadlines !== tr.deadlines) problems.push(`${file}: ${tr.deadlines} <Deadlines> box(es), but ${original.file} has ${en.deadlines}. Translate each box, and add none.`);
  if (en.timelines !== tr.timelines) problems.push(`${file}: ${tr.timelines} <FtcaTimeline /> picture(s), but ${original.file} has ${en.timelines}. Keep it where the English has it.`);
  if (en.headings.join() !== tr.headings.join()) {
    problems.push(
      `${file}: the headings differ from ${original.file} (English depths: ${en.headings.join(' ') || 'none'}; here: ${tr.headings.join(' ') || 'none'}). Translate each heading at the same level, in the same order: each takes the English heading's anchor.`,
    );
  }
  return problems;
}

/** Whether a translation was made from the English file as it is now. */
export function translationStatus(englishText: string, translatedFrom: string): 'current' | 'behind' {
  return fingerprintStatus(translationHash(englishText), translatedFrom);
}

/**
 * The same, from the English entry's fingerprint: the sections loader stores
 * `translationHash` of each file as the entry's digest, so pages need not
 * find the file on disk.
 */
export function fingerprintStatus(englishFingerprint: string | number | undefined, translatedFrom: string): 'current' | 'behind' {
  return englishFingerprint === translatedFrom ? 'current' : 'behind';
}
