import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findDuplicateKeys, parseSourceFile, validateSources, type Parsed } from './parse';
import type { KeyedSource } from '../../schemas/source';

/** The sources directory, relative to the project root. */
export const SOURCES_DIR = 'content/sources';

/** A sources file: a kebab-case name ending in `.yaml`. Anything else in the folder is reported by the content-tree check. */
export const SOURCE_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/;

/**
 * Reads, checks and validates every sources file in the sources directory.
 * Used by the collection loader and by the citation plugin, so both see the same
 * keys. With `today`, a `lastChecked` date in the future is an error.
 */
export function readSources(root: string, dir = SOURCES_DIR, today?: Date): Parsed<KeyedSource> & { raw: ReadonlyMap<string, unknown> } {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return { items: [], raw: new Map(), errors: [`${dir}/: the folder is missing. Sources live in ${dir}/<kind>.yaml.`] };
  const files = readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE_NAME.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const parsed = files.map((name) => {
    const path = join(absolute, name);
    return parseSourceFile(readFileSync(path, 'utf8'), relative(root, path));
  });
  const entries = parsed.flatMap((file) => file.items);
  const checked = validateSources(entries, today);
  return {
    items: checked.items,
    // The data as read, for the collection's own schema pass (it transforms dates once).
    raw: new Map(entries.map((entry) => [entry.key, entry.data])),
    errors: [...parsed.flatMap((file) => file.errors), ...findDuplicateKeys(entries), ...checked.errors],
  };
}

/** Formats a list of content errors as one build-failure message. */
export function contentErrorMessage(what: string, errors: readonly string[]): string {
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return `${what}: ${count}.\n${errors.map((error) => `  - ${error}`).join('\n')}`;
}
