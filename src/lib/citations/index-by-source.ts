import type { Source, SourceKind } from '../../schemas/source';
import type { Lang } from '../../i18n/languages';
import { KIND_ORDER, kindLabels } from './format';
import { compareSources } from './order';

/** A section as the table of authorities needs it. */
export interface CitingSection {
  slug: string;
  title: string;
  order: number;
  sources: readonly string[];
}

/** For each source key, the sections that cite it, in reading order. */
export function sectionsBySource<T extends CitingSection>(sections: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const section of [...sections].sort((a, b) => a.order - b.order)) {
    for (const key of section.sources) index.set(key, [...(index.get(key) ?? []), section]);
  }
  return index;
}

/** Groups items by source kind, in the order the table of authorities lists kinds. */
export function groupByKind<T extends { kind: SourceKind }>(items: readonly T[], lang: Lang = 'en'): Array<{ kind: SourceKind; label: string; items: T[] }> {
  const labels = kindLabels(lang);
  return KIND_ORDER
    .map((kind) => ({ kind, label: labels[kind], items: items.filter((item) => item.kind === kind) }))
    .filter((group) => group.items.length > 0);
}

/** The table of authorities: sources grouped by kind, each group in its filing order (see `sortKey`). */
export function tableOfAuthorities<T extends Source>(sources: readonly T[], lang: Lang = 'en'): Array<{ kind: SourceKind; label: string; items: T[] }> {
  return groupByKind(sources, lang).map((group) => ({ ...group, items: [...group.items].sort(compareSources) }));
}
