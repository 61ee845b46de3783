import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withIds } from '../lib/changes';
import { findForbiddenCharacters, FORBIDDEN_CHARACTER_FIX } from '../lib/content/characters';
import { formatIssues } from '../lib/content/issues';
import { readYaml } from '../lib/content/yaml';
import { contentErrorMessage } from '../lib/sources/read';
import { ChangeSchema, type Change } from '../schemas/change';

/** The public corrections log, relative to the project root. */
export const CHANGES_FILE = 'content/changes.yaml';

/**
 * Reads and validates the corrections log with the strict YAML reader (no
 * aliases, merge keys, tags or duplicate keys; dates stay the text written).
 * Returns each entry with its line and its data as read, or errors that name the
 * line, the field and the fix.
 */
export function readChanges(text: string, file = CHANGES_FILE): { items: Array<Change & { line: number; raw: unknown }>; errors: string[] } {
  const characters = findForbiddenCharacters(text).map((found) => `${file}:${found.line}: column ${found.column} holds the invisible character ${found.label}. ${FORBIDDEN_CHARACTER_FIX}`);
  const yaml = readYaml(text, file, { maxDepth: 3, describeKey: (path) => (path.length === 1 ? `entry ${Number(path[0]) + 1}` : `entry ${Number(path[0]) + 1}, field "${path.slice(1).map(String).join('.')}"`) });
  if (characters.length > 0 || yaml.errors.length > 0) return { items: [], errors: [...characters, ...yaml.errors] };
  if (yaml.value === null || yaml.value === undefined) return { items: [], errors: [] };
  if (!Array.isArray(yaml.value)) return { items: [], errors: [`${file}:1: the log is a list: start each entry with "- date:".`] };
  const items: Array<Change & { line: number; raw: unknown }> = [];
  const errors: string[] = [];
  yaml.value.forEach((node: unknown, index) => {
    const line = yaml.lineOf([index]);
    const result = ChangeSchema.safeParse(node);
    if (result.success) items.push({ ...result.data, line, raw: node });
    else for (const issue of formatIssues(result.error.issues, node, () => Object.keys(ChangeSchema.shape))) errors.push(`${file}:${line}: entry ${index + 1}, field "${issue.path.map(String).join('.') || 'entry'}": ${issue.message}`);
  });
  return { items, errors };
}

/** The `changes` collection: the log's entries, keyed by their permanent ids. */
export function changesLoader(file = CHANGES_FILE): Loader {
  return {
    name: 'changes-loader',
    load: async ({ config, store, parseData }) => {
      const path = join(fileURLToPath(config.root), file);
      const { items, errors } = existsSync(path) ? readChanges(readFileSync(path, 'utf8'), file) : { items: [], errors: [] };
      if (errors.length > 0) throw new Error(contentErrorMessage(`Invalid entries in ${file}`, errors));
      store.clear();
      for (const [index, { id, line }] of withIds(items).entries()) {
        // The data as read goes through the collection schema (which turns dates into Dates once).
        const raw = items[index]?.raw as Record<string, unknown>;
        store.set({ id, data: await parseData({ id, data: { ...raw, line } }) });
      }
    },
  };
}
