/** One source as numbered on a page, with every place it is cited. */
export interface NumberedSource {
  key: string;
  number: number;
  /** Element ids of the markers that cite it, in reading order, with any pinpoint. */
  citedAt: Array<{ id: string; locator?: string }>;
}

export interface ResolveInput {
  /** Keys in the order the body cites them, one entry per citation, with pinpoints. */
  cited: ReadonlyArray<{ key: string; locator?: string }>;
  /** The frontmatter `sources` list. */
  listed: readonly string[];
  /** Every key defined in `content/sources/`. */
  known: ReadonlySet<string>;
}

export interface ResolveResult {
  sources: NumberedSource[];
  /** Each problem as a sentence that ends with its fix. */
  errors: string[];
}

/** Id of the source-list entry a marker points to. */
export const sourceEntryId = (key: string) => `source-${key}`;
/** Id of the n-th (1-based) marker citing `key`. */
export const citationId = (key: string, occurrence: number) => `cite-${key}-${occurrence}`;
/** Id of the card that every marker citing `key` opens in place. */
export const cardId = (key: string) => `card-${key}`;

/**
 * Numbers a section's sources in order of first citation and checks the rule that
 * keeps the page honest: every cited key exists, and the body and the frontmatter
 * `sources` list name exactly the same keys.
 */
export function resolveCitations({ cited, listed, known }: ResolveInput): ResolveResult {
  const errors: string[] = [];
  const byKey = new Map<string, NumberedSource>();
  const listedSet = new Set(listed);

  for (const { key, locator } of cited) {
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = { key, number: byKey.size + 1, citedAt: [] };
      byKey.set(key, entry);
      if (!known.has(key)) {
        errors.push(`Unknown source key "${key}" in [@${key}]. Fix the spelling, or add a "${key}" entry to a file in content/sources/.`);
      } else if (!listedSet.has(key)) {
        errors.push(`"${key}" is cited in the text but missing from the frontmatter "sources" list. Add "${key}" to sources.`);
      }
    }
    const id = citationId(key, entry.citedAt.length + 1);
    entry.citedAt.push(locator === undefined ? { id } : { id, locator });
  }

  for (const key of listed) {
    if (byKey.has(key)) continue;
    if (!known.has(key)) {
      errors.push(`The frontmatter "sources" list names "${key}", which is not a known source. Fix the key, or add a "${key}" entry to a file in content/sources/.`);
    } else {
      errors.push(`"${key}" is listed in the frontmatter "sources" but never cited. Cite it as [@${key}] after the sentence it supports, or remove it from sources.`);
    }
  }

  return { sources: [...byKey.values()], errors };
}

/** Narrows the plugin's `citations` frontmatter, which reaches pages untyped. */
export function isNumberedSourceList(value: unknown): value is NumberedSource[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as { key?: unknown }).key === 'string' &&
        typeof (item as { number?: unknown }).number === 'number' &&
        Array.isArray((item as { citedAt?: unknown }).citedAt),
    )
  );
}
