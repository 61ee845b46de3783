import GithubSlugger from 'github-slugger';
import type { Heading, Image, Link, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { MAX_ATTRIBUTE_LENGTH, MDX_COMPONENTS } from '../../schemas/components';
import { scanMarkers } from '../citations/markers';
import { isReservedId } from '../page-ids';
import { headingSlug } from '../slug';
import { findForbiddenCharacters, FORBIDDEN_CHARACTER_FIX } from './characters';
import { bodyLinkProblem, imageUrlProblem } from './urls';

/**
 * The rules a section body must follow, as pure functions over its mdast tree.
 * The sections loader runs them on every file before anything is compiled, and
 * the remark plugins run them again inside the MDX compiler, so `astro dev`
 * refuses the same content. A section is Markdown plus the allowed components:
 * nothing in it may run code, hide text, or point readers somewhere unstated.
 */

export interface Problem {
  line: number | undefined;
  message: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const lineOf = (node: Node) => node.position?.start.line;
const isJsx = (node: Node): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const componentList = () => Object.keys(MDX_COMPONENTS).map((name) => `<${name}>`).join(', ');
const hasMarker = (text: string) => {
  const { markers, malformed } = scanMarkers(text);
  return markers.length > 0 || malformed.length > 0;
};
const preview = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * MDX can run JavaScript: `import`/`export` statements run when the page module
 * loads, and `{…}` expressions when it renders, both on the build machine.
 * Comments are refused too: `{/* @jsxImportSource x *\/}` tells the MDX
 * compiler which module renders the page.
 */
export function findCode(tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node: Node) => {
    if (node.type === 'mdxjsEsm') {
      const value = (node as Node & { value: string }).value.trim();
      const kind = value.startsWith('import') ? 'import' : 'export';
      problems.push({
        line: lineOf(node),
        message: `"${preview(value.split('\n')[0] ?? value)}": ${kind} statements are not allowed in a section: they run code when the site is built. Remove it; <Status> and <Deadlines> need no import.`,
      });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const value = (node as Node & { value: string }).value;
      problems.push({
        line: lineOf(node),
        message: `"{${preview(value.trim())}}" is code in MDX and is not allowed in a section, not even a {/* comment */}. Remove it; to show a brace as text, write \\{.`,
      });
    }
  });
  return problems;
}

/** Every JSX element must be an allowed component, with allowed attribute values, in its allowed place. */
export function findComponentProblems(tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node: Node) => {
    if (!isJsx(node)) return;
    const line = lineOf(node);
    const add = (message: string) => problems.push({ line, message });
    if (node.name === null) {
      add(`a fragment "<>…</>" is not allowed in a section. Remove "<>" and "</>" and keep the text between them.`);
      return;
    }
    const name = node.name;
    const spec = MDX_COMPONENTS[name];
    if (spec === undefined) {
      add(`<${name}> is not allowed in a section. Use Markdown, or one of: ${componentList()}.`);
      return;
    }
    const given = new Map<string, string | null>();
    for (const attribute of node.attributes as Array<MdxJsxAttribute | MdxJsxExpressionAttribute>) {
      if (attribute.type !== 'mdxJsxAttribute') {
        add(`<${name}> takes plain attributes only, not {...spread}.`);
        continue;
      }
      if (given.has(attribute.name)) add(`<${name}> gives "${attribute.name}" twice. Keep one.`);
      given.set(attribute.name, typeof attribute.value === 'string' ? attribute.value : null);
    }
    const allowed = { ...spec.required, ...spec.optional };
    for (const [attribute, value] of given) {
      if (!(attribute in allowed)) {
        add(`<${name}> has no "${attribute}" attribute. Allowed: ${Object.keys(allowed).join(', ') || 'none'}.`);
        continue;
      }
      const values = allowed[attribute];
      if (value === null) add(`<${name} ${attribute}> must be a quoted value, e.g. ${attribute}="${values?.[0] ?? 'text'}".`);
      else if (values && !values.includes(value)) add(`<${name} ${attribute}="${value}"> is not allowed. Use one of: ${values.join(', ')}.`);
      else if (!values && value.trim() === '') add(`<${name} ${attribute}=""> is empty. Give it text or remove the attribute.`);
      else if (!values && value.length > MAX_ATTRIBUTE_LENGTH) add(`<${name} ${attribute}> is ${value.length} characters long; the limit is ${MAX_ATTRIBUTE_LENGTH}. Shorten it.`);
      else if (!values && hasMarker(value)) add(`<${name} ${attribute}="${preview(value)}"> contains a citation marker, which would be shown raw. Remove it and cite the facts in the text below.`);
    }
    for (const attribute of Object.keys(spec.required)) {
      if (!given.has(attribute)) add(`<${name}> needs ${attribute}="…", one of: ${(spec.required[attribute] ?? []).join(', ')}.`);
    }
    if (spec.content === 'none' && node.children.length > 0) {
      add(`<${name}> takes no text inside it: the text would not be shown. Write <${name} ${Object.keys(spec.required)[0] ?? ''}="…" /> and put the sentence after it.`);
    }
    if (spec.content === 'block' && node.type === 'mdxJsxTextElement') {
      add(`<${name}> must stand on its own lines: put the opening and closing tags on lines of their own, with a blank line after the opening tag and before the closing one.`);
    }
  });
  // Raw HTML parses as JSX in MDX, but `html` nodes can still come from Markdown.
  visit(tree, 'html', (node) => {
    problems.push({ line: lineOf(node), message: 'raw HTML is not allowed in a section. Use Markdown or an allowed component.' });
  });
  return problems;
}

const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/**
 * An e-mail address written in the text (GFM links it as `mailto:`) is the one
 * link that is not https: it shows exactly where it goes. A `mailto:` link with
 * other words, several recipients or a prefilled subject or body is refused.
 */
function mailtoProblem(link: Link): string | undefined {
  const address = link.url.slice('mailto:'.length);
  if (EMAIL.test(address) && toString(link) === address) return undefined;
  return `the link "${preview(link.url)}" is not a plain e-mail address shown as itself. Write the address as text (e.g. ICEOPRIntake@ice.dhs.gov), without [link text] or "?subject=".`;
}

/**
 * A phone number a reader can tap: `[1-800-323-8603](tel:+18003238603)`. The
 * number dialled must be the one shown (the country code may be left out of
 * the text), so a link cannot show one number and call another.
 */
function telProblem(link: Link): string | undefined {
  const number = /^tel:\+([1-9]\d{6,14})$/.exec(link.url)?.[1];
  const shown = toString(link).replace(/\D/g, '');
  if (number !== undefined && shown.length >= 7 && number.endsWith(shown)) return undefined;
  return `the link "${preview(link.url)}" must dial the number its text shows. Write it as [1-800-323-8603](tel:+18003238603): "tel:+", the country code and the digits, and the same number as the text.`;
}

/** Links go to https pages or paths on this site; images are local files with alt text. */
export function findLinkProblems(tree: Root, options: { publicFileExists?: ((path: string) => boolean) | undefined } = {}): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node: Node) => {
    const line = lineOf(node);
    if (node.type === 'link' && (node as Link).url.startsWith('mailto:')) {
      const problem = mailtoProblem(node as Link);
      if (problem !== undefined) problems.push({ line, message: problem });
    } else if (node.type === 'link' && (node as Link).url.startsWith('tel:')) {
      const problem = telProblem(node as Link);
      if (problem !== undefined) problems.push({ line, message: problem });
    } else if (node.type === 'link' || node.type === 'definition') {
      const problem = bodyLinkProblem((node as Node & { url: string }).url);
      if (problem !== undefined) problems.push({ line, message: problem });
    } else if (node.type === 'image') {
      const image = node as Image;
      if ((image.alt ?? '').trim() === '') problems.push({ line, message: `the image "${image.url}" has no alt text. Describe it: ![what it shows](${image.url}).` });
      else if (hasMarker(image.alt ?? '')) problems.push({ line, message: `the image's alt text "${preview(image.alt ?? '')}" contains a citation marker. Describe the image in words and cite the facts in the text.` });
      const problem = imageUrlProblem(image.url, options.publicFileExists);
      if (problem !== undefined) problems.push({ line, message: problem });
    } else if (node.type === 'imageReference') {
      problems.push({ line, message: 'images by reference ("![alt][name]") are not allowed. Write the image inline: ![what it shows](/images/name.png).' });
    }
  });
  return problems;
}

/** Heading anchor ids in page order, made as Astro makes them (GitHub's slugger). */
export function headingIds(tree: Root): Array<{ id: string; text: string; line: number | undefined; depth: number }> {
  const slugger = new GithubSlugger();
  const ids: Array<{ id: string; text: string; line: number | undefined; depth: number }> = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node);
    ids.push({ id: slugger.slug(text), text, line: lineOf(node), depth: node.depth });
  });
  return ids;
}

/**
 * Headings start at h2, have words, differ from each other (an anchor must not
 * depend on which duplicate comes first), and never take an id the layout uses.
 */
export function findHeadingProblems(tree: Root): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number | undefined>();
  const slugger = new GithubSlugger();
  visit(tree, 'heading', (node: Heading) => {
    const line = lineOf(node);
    const text = toString(node);
    const base = headingSlug(text);
    const id = slugger.slug(text);
    if (node.depth === 1) problems.push({ line, message: `"# ${preview(text)}" makes a second page title. Start headings at "##": the page title comes from the frontmatter.` });
    if (base === '') {
      problems.push({ line, message: 'the heading has no words, so it gets no anchor. Give it a title or remove it.' });
      return;
    }
    const first = seen.get(base);
    if (seen.has(base)) problems.push({ line, message: `the heading "${text}" repeats the one on line ${first ?? '?'}, so its anchor would not be stable. Give each heading distinct words.` });
    else seen.set(base, line);
    if (isReservedId(base) || isReservedId(id)) problems.push({ line, message: `the heading "${preview(text)}" gets the id "${base}", which the page layout already uses. Reword the heading.` });
  });
  return problems;
}

/**
 * A citation marker belongs in running text: inside link text it would leave
 * its superscript, inside a heading it would become part of the anchor.
 */
export function findMarkerPlacementProblems(tree: Root): Problem[] {
  const problems: Problem[] = [];
  visitParents(tree, 'text', (node: Text, ancestors) => {
    if (!hasMarker(node.value)) return;
    const line = lineOf(node);
    if (ancestors.some((ancestor) => ancestor.type === 'link' || ancestor.type === 'linkReference')) {
      problems.push({ line, message: `a citation marker sits inside link text ("${preview(node.value.trim())}"). Move it after the link: [the statute](https://…) [@key].` });
    } else if (ancestors.some((ancestor) => ancestor.type === 'heading')) {
      problems.push({ line, message: `a heading contains a citation marker ("${preview(node.value.trim())}"). Headings cannot carry citations: cite the sentence below it instead.` });
    }
  });
  return problems;
}

const MAX_DEPTH = 12;
const CONTAINERS = new Set(['list', 'blockquote', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * Markdown that would publish unsourced or unusable text: footnotes (their text
 * carries no citation), task-list checkboxes (unlabelled form controls),
 * and nesting deeper than a reader can follow (or a compiler can recurse).
 */
export function findStructureProblems(tree: Root): Problem[] {
  const problems: Problem[] = [];
  let deepest: { depth: number; line: number | undefined } | undefined;
  visitParents(tree, (node: Node, ancestors) => {
    const line = lineOf(node);
    // GFM makes a reference only where a definition exists, so one message per definition.
    if (node.type === 'footnoteDefinition') {
      problems.push({ line, message: 'footnotes ("[^1]") are not allowed: their text would have no source. Put the sentence in the body and cite it with [@key].' });
    }
    if (node.type === 'listItem' && typeof (node as Node & { checked?: boolean | null }).checked === 'boolean') {
      problems.push({ line, message: 'task-list checkboxes ("- [ ]") are not allowed. Write a plain list item.' });
    }
    const levels = (ancestors as Node[]).filter((ancestor) => CONTAINERS.has(ancestor.type)).length;
    if (levels > MAX_DEPTH && deepest === undefined) deepest = { depth: levels, line };
  });
  if (deepest !== undefined) problems.push({ line: deepest.line, message: `lists, quotes or components are nested more than ${MAX_DEPTH} levels deep, which no reader can follow. Flatten them.` });
  return problems;
}

/**
 * Invisible characters written as escapes (`&#x202E;`) reach the page although
 * the raw text looks clean; `source` is the text the tree was parsed from, so a
 * character that is literally there (and reported by the raw scan) is not
 * reported twice.
 */
export function findHiddenCharacters(tree: Root, source: string): Problem[] {
  const problems: Problem[] = [];
  const check = (node: Node, value: unknown) => {
    if (typeof value !== 'string') return;
    const [first] = findForbiddenCharacters(value, 1);
    if (first === undefined) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const raw = start !== undefined && end !== undefined ? source.slice(start, end) : '';
    if (raw.includes(value.charAt(first.index))) return;
    problems.push({ line: lineOf(node), message: `a character reference or escape writes the invisible character ${first.label}. ${FORBIDDEN_CHARACTER_FIX}` });
  };
  visit(tree, (node: Node) => {
    const fields = node as Node & { value?: unknown; url?: unknown; title?: unknown; alt?: unknown };
    check(node, fields.value);
    check(node, fields.url);
    check(node, fields.title);
    check(node, fields.alt);
    if (isJsx(node)) for (const attribute of node.attributes) if (attribute.type === 'mdxJsxAttribute') check(node, attribute.value);
  });
  return problems;
}

/** Every body rule, in the order a reader of the messages would fix them. */
export function findBodyProblems(tree: Root, source: string, options: { publicFileExists?: ((path: string) => boolean) | undefined } = {}): Problem[] {
  return [
    ...findCode(tree),
    ...findComponentProblems(tree),
    ...findStructureProblems(tree),
    ...findHeadingProblems(tree),
    ...findMarkerPlacementProblems(tree),
    ...findLinkProblems(tree, options),
    ...findHiddenCharacters(tree, source),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** `file:line: message` for each problem. */
export function formatProblems(file: string, problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${file}:${problem.line ?? 1}: ${problem.message}`);
}
