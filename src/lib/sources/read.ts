import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findDuplicateKeys, parseSourceFile, validateSources, type Parsed } from './parse';
import type { KeyedSource } from '../../schemas/source';

/** The sources directory, relative to the project root. */
export const SOURCES_DIR = 'content/sources';

/**
 * Reads, checks and validates every `*.yaml` file in the sources directory.
 * Used by the collection loader and by the citation plugin, so both see the same keys.
 */
export function readSources(root: string, dir = SOURCES_DIR): Parsed<KeyedSource> {
  const absolute = join(root, dir);
  const files = readdirSync(absolute)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
  const raw = files.map((name) => {
    const path = join(absolute, name);
    return parseSourceFile(readFileSync(path, 'utf8'), relative(root, path));
  });
  const entries = raw.flatMap((file) => file.items);
  const checked = validateSources(entries);
  return {
    items: checked.items,
    errors: [...raw.flatMap((file) => file.errors), ...findDuplicateKeys(entries), ...checked.errors],
  };
}

/** Formats a list of content errors as one build-failure message. */
export function contentErrorMessage(what: string, errors: readonly string[]): string {
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return `${what}: ${count}.\n${errors.map((error) => `  - ${error}`).join('\n')}`;
}
