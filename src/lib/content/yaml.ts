import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';
import { findForbiddenCharacters, forbiddenCharacterProblem } from './characters';

/**
 * The one YAML reader for content: section frontmatter, sources and the
 * glossary, in the build and in the tests alike. It reads YAML 1.2's core
 * schema (so `2026-02-30` stays the text the editor wrote, never a Date that
 * rolls over to March 2) and refuses what lets a small file say something other
 * than it shows:
 * - anchors (`&a`), aliases (`*a`) and merge keys (`<<`): a few lines can expand
 *   to millions of values, and an entry's fields can come from elsewhere;
 * - tags (`!!str`, `!custom`) and directives (`%YAML 1.1`), which change how
 *   values are read;
 * - duplicate keys, keys that are not plain text, numbers not written in plain
 *   digits (`010`, `0x1F`, `1e3`, `.inf`), over-long text and nesting, and
 *   invisible characters written as escapes (`"\u202E"`; callers scan the raw
 *   text for the ones written directly).
 * Keys stay the text the editor wrote: `010:` is the key "010", not 10.
 */

/** A path into the parsed value, as Zod reports it. */
export type YamlPath = ReadonlyArray<PropertyKey>;

export interface YamlOptions {
  /** Line of the file on which `text` starts (frontmatter starts on line 2). */
  firstLine?: number;
  /** Deepest nesting of maps and lists allowed (a section's frontmatter needs 2). */
  maxDepth?: number;
  /** Longest text value allowed, in characters. */
  maxString?: number;
  /** How a key is named in messages; defaults to `field "a.b"`. */
  describeKey?: (path: YamlPath) => string;
}

export interface YamlResult {
  /** The value, or undefined when `errors` is not empty. */
  value: unknown;
  /** Each as `file:line: problem. Fix.` */
  errors: string[];
  /** The file line of a value (or of its key, for a map entry); the nearest parent's line for a path that does not exist. */
  lineOf: (path: YamlPath) => number;
}

export const DEFAULT_MAX_STRING = 2_000;
const PLAIN_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

const defaultDescribe = (path: YamlPath) => `field "${path.map(String).join('.')}"`;

/** Offsets of each line start, for turning offsets into line numbers. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

const pathKey = (path: YamlPath) => JSON.stringify(path.map(String));

/** Reads `text` as strict YAML; see the module comment for what is refused. */
export function readYaml(text: string, file: string, options: YamlOptions = {}): YamlResult {
  const firstLine = options.firstLine ?? 1;
  const maxDepth = options.maxDepth ?? 4;
  const maxString = options.maxString ?? DEFAULT_MAX_STRING;
  const describe = options.describeKey ?? defaultDescribe;
  const starts = lineStarts(text);
  const lineOfOffset = (offset: number | undefined) => (offset === undefined ? firstLine : lineAt(starts, offset) + firstLine - 1);
  const lines = new Map<string, number>();
  const errors: string[] = [];
  const fail = (offset: number | undefined, message: string) => errors.push(`${file}:${lineOfOffset(offset)}: ${message}`);
  const lineOf = (path: YamlPath) => {
    for (let end = path.length; end >= 0; end -= 1) {
      const line = lines.get(pathKey(path.slice(0, end)));
      if (line !== undefined) return line;
    }
    return firstLine;
  };

  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { schema: 'core', merge: false, uniqueKeys: false, prettyErrors: false, strict: true, version: '1.2' });
  } catch (error) {
    fail(0, `the YAML cannot be read (${error instanceof Error ? error.message : String(error)}). Simplify it to plain fields, lists and maps.`);
    return { value: undefined, errors, lineOf };
  }
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const reason = problem.message.split('\n')[0]?.replace(/\.$/, '') ?? 'YAML error';
    const hint = /call stack/i.test(reason)
      ? 'The YAML is nested far too deeply: use plain fields, lists and maps.'
      : problem.code === 'MULTIPLE_DOCS'
        ? 'Remove the extra "---" line: a file holds one YAML document.'
        : problem.code === 'TAG_RESOLVE_FAILED'
          ? 'Remove the tag (the word starting with "!"); write the plain value.'
          : 'Fix the YAML syntax (indentation, a missing colon or quote).';
    fail(problem.pos[0], `YAML error: ${reason}. ${hint}`);
  }
  if (errors.length > 0) return { value: undefined, errors, lineOf };
  if (doc.directives?.yaml.explicit || /^%/m.test(text.slice(0, doc.contents?.range?.[0] ?? text.length))) {
    fail(0, 'YAML directives (lines starting with "%") are not allowed. Remove them.');
  }

  // `propsAt`: where a value's anchor or tag was written (a block map's own range starts on the next line).
  const convert = (node: Node | null, path: YamlPath, depth: number, propsAt?: number): unknown => {
    if (node === null) return null;
    const offset = node.range?.[0];
    const props = propsAt ?? offset;
    if (!lines.has(pathKey(path))) lines.set(pathKey(path), lineOfOffset(offset));
    const where = path.length > 0 ? `${describe(path)}: ` : '';
    if (isAlias(node)) {
      fail(props, `${where}the alias "*${node.source}" repeats a value from elsewhere in the file. Aliases are not allowed: write the value out in full.`);
      return undefined;
    }
    if (node.anchor !== undefined) fail(props, `${where}the anchor "&${node.anchor}" is not allowed (anchors and aliases can hide or multiply values). Remove it and write each value out in full.`);
    if (node.tag !== undefined) fail(props, `${where}the tag "${node.tag.replace('tag:yaml.org,2002:', '!!')}" is not allowed. Remove it and write the plain value, in quotes if it is text.`);
    if (isScalar(node)) {
      const { value } = node;
      if (typeof value === 'number') {
        const source = node.source ?? String(value);
        if (node.type === Scalar.PLAIN && !(PLAIN_NUMBER.test(source) && Number.isFinite(value))) {
          fail(offset, `${where}"${source}" is not a plain number. Write digits only (e.g. 28), or put it in quotes if it is text.`);
        }
        return value;
      }
      if (typeof value === 'string') {
        if (value.length > maxString) fail(offset, `${where}the text is ${value.length} characters long; the limit is ${maxString}. Shorten it.`);
        // Written as an escape ("\u202E"): the raw scan of the file cannot see it.
        const bad = forbiddenCharacterProblem(value);
        const raw = node.range ? text.slice(node.range[0], node.range[1]) : '';
        if (bad !== undefined && findForbiddenCharacters(raw, 1).length === 0) fail(offset, `${where}${bad}`);
      }
      return value;
    }
    if (depth >= maxDepth) {
      fail(offset, `${where}the value is nested more than ${maxDepth} levels deep. Use the shape shown in docs/writing-sections.md.`);
      return undefined;
    }
    if (isSeq(node)) {
      return node.items.map((item, index) => convert(item as Node | null, [...path, index], depth + 1));
    }
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      const firstSeen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const keyOffset = key?.range?.[0] ?? offset;
        if (!isScalar(key) || key.anchor !== undefined || key.tag !== undefined || (key.type !== Scalar.PLAIN && typeof key.value !== 'string')) {
          fail(keyOffset, `${where}a key must be plain text, e.g. "title:". Rewrite the key.`);
          continue;
        }
        // The key as written: "010" stays "010" (YAML would read the number 10).
        const name = key.type === Scalar.PLAIN ? (key.source ?? String(key.value)) : String(key.value);
        const keyPath = [...path, name];
        const keyLine = lineOfOffset(keyOffset);
        if (name === '<<' && key.type === Scalar.PLAIN) {
          fail(keyOffset, `${where}merge keys ("<<:") copy fields from elsewhere and are not allowed. Write the fields out in full.`);
          continue;
        }
        const bad = forbiddenCharacterProblem(name);
        const rawKey = key.range ? text.slice(key.range[0], key.range[1]) : '';
        if (bad !== undefined && findForbiddenCharacters(rawKey, 1).length === 0) fail(keyOffset, `${describe(keyPath)}: the key ${bad}`);
        const earlier = firstSeen.get(name);
        if (earlier !== undefined) {
          fail(keyOffset, `${describe(keyPath)} is given twice (first on line ${earlier}). Keep one and remove the other.`);
          continue;
        }
        firstSeen.set(name, keyLine);
        lines.set(pathKey(keyPath), keyLine);
        // defineProperty, so a key such as "__proto__" stays an ordinary (and unknown) field.
        Object.defineProperty(object, name, { value: convert(pair.value as Node | null, keyPath, depth + 1, keyOffset), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    fail(offset, `${where}this kind of YAML value is not supported. Use text, numbers, lists and maps only.`);
    return undefined;
  };

  const value = convert(doc.contents as Node | null, [], 0);
  return errors.length > 0 ? { value: undefined, errors, lineOf } : { value, errors, lineOf };
}
