import { isMap, isScalar, parseDocument } from 'yaml';
import { KEY_PATTERN } from '../../schemas/fields';
import { SourceSchema, type KeyedSource } from '../../schemas/source';

/** An entry as read from a sources file, before validation. */
export interface RawSource {
  key: string;
  data: unknown;
  /** Path of the file, relative to the project root. */
  file: string;
  line: number;
}

export interface Parsed<T> {
  items: T[];
  errors: string[];
}

function lineOf(text: string, offset: number | undefined): number {
  return offset === undefined ? 1 : text.slice(0, offset).split('\n').length;
}

/**
 * Reads one `content/sources/*.yaml` file: a map from citation key to source.
 * YAML errors, duplicate keys inside the file and badly formed keys are reported
 * with the file and line.
 */
export function parseSourceFile(text: string, file: string): Parsed<RawSource> {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      items: [],
      errors: doc.errors.map((error) => {
        const line = lineOf(text, error.pos[0]);
        const hint = error.code === 'DUPLICATE_KEY' ? 'Each source key may appear once: rename or remove the second one.' : 'Fix the YAML syntax (indentation, a missing colon or quote).';
        return `${file}:${line}: ${error.message.split('\n')[0]} ${hint}`;
      }),
    };
  }
  if (doc.contents === null) return { items: [], errors: [] };
  if (!isMap(doc.contents)) {
    return { items: [], errors: [`${file}:1: The file must map each source key to its fields, e.g. "egbert-v-boule:" followed by indented fields.`] };
  }
  const items: RawSource[] = [];
  const errors: string[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(text, isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    if (!KEY_PATTERN.test(key)) {
      errors.push(`${file}:${line}: source key "${key}" is not kebab-case. Use lower-case letters and digits joined by single hyphens, e.g. "egbert-v-boule".`);
      continue;
    }
    items.push({ key, data: isMap(pair.value) ? pair.value.toJSON() : pair.value, file, line });
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

/** Validates raw entries against the source schema; each error names the file, key, field and fix. */
export function validateSources(entries: readonly RawSource[]): Parsed<KeyedSource> {
  const items: KeyedSource[] = [];
  const errors: string[] = [];
  for (const entry of entries) {
    const result = SourceSchema.safeParse(entry.data);
    if (result.success) {
      items.push({ ...result.data, key: entry.key });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join('.') : 'entry';
      errors.push(`${entry.file}:${entry.line}: source "${entry.key}", field "${field}": ${issue.message}`);
    }
  }
  return { items, errors };
}
