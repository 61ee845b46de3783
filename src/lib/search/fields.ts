import { TOPICS, type Topic } from '../../schemas/topics';
import type { KeyedSource } from '../../schemas/source';
import { KIND_LABELS } from '../citations/format';

/**
 * What a section adds to the search index besides its text: its aliases (ranked
 * high), the short names of the authorities it cites (ranked low, so a section
 * that merely cites Egbert ranks below the one about it), and filter values.
 */
export function searchFields(section: { aliases: readonly string[]; topics: readonly Topic[] }, sources: readonly KeyedSource[]) {
  const sourceNames = [...new Set(sources.flatMap((source) => (source.shortName ? [source.shortName] : [])))];
  const kinds = [...new Set(sources.map((source) => source.kind))];
  return {
    aliases: [...section.aliases],
    sourceNames,
    topics: section.topics.map((topic) => TOPICS[topic]),
    sourceKinds: (Object.keys(KIND_LABELS) as Array<keyof typeof KIND_LABELS>).filter((kind) => kinds.includes(kind)).map((kind) => KIND_LABELS[kind]),
  };
}
