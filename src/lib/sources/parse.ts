import { findForbiddenCharacters, FORBIDDEN_CHARACTER_FIX } from '../content/characters';
import { fieldNamesAt, formatIssues, type Path } from '../content/issues';
import { readYaml } from '../content/yaml';
import { KEY_PATTERN } from '../../schemas/fields';
import { SourceSchema, sourceFieldNames, sourceKindSchema, type KeyedSource } from '../../schemas/source';

/** An entry as read from a sources file, before validation. */
export interface RawSource {
  key: string;
  data: unknown;
  /** Path of the file, relative to the project root. */
  file: string;
  /** Line of the entry's key. */
  line: number;
  /** Line of a field inside the entry, e.g. ["url"]; the entry's line when unknown. */
  lineOf?: (path: Path) => number;
}

export interface Parsed<T> {
  items: T[];
  errors: string[];
}

/** Largest sources file read; the biggest today is about 12 kB. */
export const MAX_SOURCE_FILE_BYTES = 200_000;

const describeKey = (path: Path) => {
  const [key, ...field] = path.map(String);
  return field.length === 0 ? `source key "${key}"` : `source "${key}", field "${field.join('.')}"`;
};

/**
 * Reads one `content/sources/*.yaml` file: a map from citation key to source,
 * with the strict YAML reader (no aliases, merge keys, tags or duplicate keys;
 * keys stay the text written, so `010` is the key "010"). Every problem names
 * the file and line.
 */
export function parseSourceFile(text: string, file: string): Parsed<RawSource> {
  if (text.length > MAX_SOURCE_FILE_BYTES) {
    return { items: [], errors: [`${file}:1: the file is ${text.length} characters long; a sources file may hold at most ${MAX_SOURCE_FILE_BYTES}. Split it into files by kind.`] };
  }
  const characters = findForbiddenCharacters(text).map((found) => `${file}:${found.line}: column ${found.column} holds the invisible character ${found.label}. ${FORBIDDEN_CHARACTER_FIX}`);
  const yaml = readYaml(text, file, { maxDepth: 5, describeKey });
  const errors = [...characters, ...yaml.errors.map((error) => error.replace(/(source key "[^"]*") is given twice \(first on line (\d+)\)\. Keep one and remove the other\./, '$1 is given twice (first on line $2). Each source key may appear once: rename or remove the second one.'))];
  if (yaml.errors.length > 0) return { items: [], errors };
  const value = yaml.value;
  if (value === null || value === undefined) return { items: [], errors };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { items: [], errors: [...errors, `${file}:1: The file must map each source key to its fields, e.g. "egbert-v-boule:" followed by indented fields.`] };
  }
  const items: RawSource[] = [];
  for (const [key, data] of Object.entries(value)) {
    const line = yaml.lineOf([key]);
    if (!KEY_PATTERN.test(key)) {
      errors.push(`${file}:${line}: source key "${key}" is not kebab-case. Use lower-case letters and digits joined by single hyphens, e.g. "egbert-v-boule".`);
      continue;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      errors.push(`${file}:${line}: source "${key}" has no fields (it is ${data === null ? 'empty' : 'not a map'}). Indent its fields under the key, starting with kind: case, statute, …`);
      continue;
    }
    items.push({ key, data, file, line, lineOf: (path) => yaml.lineOf([key, ...path]) });
  }
  return { items, errors };
}

/** Keys defined more than once across files. */
export function findDuplicateKeys(entries: readonly RawSource[]): string[] {
  const first = new Map<string, RawSource>();
  const errors: string[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.key);
    if (earlier === undefined) first.set(entry.key, entry);
    else
      errors.push(
        `${entry.file}:${entry.line}: source key "${entry.key}" is already defined at ${earlier.file}:${earlier.line}. Keys must be unique: remove the copy, or rename one and update its [@…] citations.`,
      );
  }
  return errors;
}

/**
 * Validates raw entries against the (strict) source schema; each error names the
 * file, the field's line, the key, the field and the fix. With `today`, a
 * `lastChecked` date in the future is refused too.
 */
export function validateSources(entries: readonly RawSource[], today?: Date): Parsed<KeyedSource> {
  const items: KeyedSource[] = [];
  const errors: string[] = [];
  for (const entry of entries) {
    const result = SourceSchema.safeParse(entry.data);
    const kind = (entry.data as { kind?: unknown } | null)?.kind;
    if (result.success) {
      const day = (date: Date) => date.toISOString().slice(0, 10);
      const checked = result.data.lastChecked;
      if (today !== undefined && checked !== undefined && day(checked) > day(today)) {
        errors.push(`${entry.file}:${entry.lineOf?.(['lastChecked']) ?? entry.line}: source "${entry.key}", field "lastChecked": ${day(checked)} is in the future (today is ${day(today)}). Use the day the link was actually checked.`);
        continue;
      }
      items.push({ ...result.data, key: entry.key });
      continue;
    }
    const schema = sourceKindSchema(kind);
    const known = (path: Path) => (schema === undefined ? sourceFieldNames(kind) : fieldNamesAt(schema, path));
    for (const issue of formatIssues(result.error.issues, entry.data, known)) {
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'entry';
      const line = entry.lineOf?.(issue.path) ?? entry.line;
      errors.push(`${entry.file}:${line}: source "${entry.key}", field "${field}": ${issue.message}`);
    }
  }
  return { items, errors };
}
