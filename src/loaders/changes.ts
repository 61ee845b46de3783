import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isNode, isSeq, parseDocument, visit } from 'yaml';
import { withIds } from '../lib/changes';
import { contentErrorMessage } from '../lib/sources/read';
import { ChangeSchema, type Change } from '../schemas/change';

/** The public corrections log, relative to the project root. */
export const CHANGES_FILE = 'content/changes.yaml';

const lineOf = (text: string, offset: number | undefined) => (offset === undefined ? 1 : text.slice(0, offset).split('\n').length);

/**
 * Reads and validates the corrections log. Returns each entry with its line, or
 * errors that name the line, the field and the fix. YAML aliases are refused:
 * a log entry is written out in full.
 */
export function readChanges(text: string, file = CHANGES_FILE): { items: Array<Change & { line: number }>; errors: string[] } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { items: [], errors: doc.errors.map((error) => `${file}:${lineOf(text, error.pos[0])}: ${error.message.split('\n')[0]} Fix the YAML syntax.`) };
  }
  if (doc.contents === null) return { items: [], errors: [] };
  if (!isSeq(doc.contents)) return { items: [], errors: [`${file}:1: the log is a list: start each entry with "- date:".`] };
  const items: Array<Change & { line: number }> = [];
  const errors: string[] = [];
  doc.contents.items.forEach((node, index) => {
    const line = lineOf(text, isMap(node) ? node.range?.[0] : undefined);
    let aliased = false;
    if (isNode(node)) visit(node, { Alias: () => void (aliased = true) });
    if (aliased) {
      errors.push(`${file}:${line}: entry ${index + 1} uses a YAML alias (*name). Write the entry out in full.`);
      return;
    }
    const result = ChangeSchema.safeParse(isNode(node) ? node.toJSON() : node);
    if (result.success) items.push({ ...result.data, line });
    else for (const issue of result.error.issues) errors.push(`${file}:${line}: entry ${index + 1}, field "${issue.path.join('.') || 'entry'}": ${issue.message}`);
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
      for (const entry of withIds(items)) {
        const { id, line, ...change } = entry;
        store.set({ id, data: await parseData({ id, data: { ...change, line } }) });
      }
    },
  };
}
