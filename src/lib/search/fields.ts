import type { Lang } from '../../i18n/languages';
import { ui } from '../../i18n/ui';
import type { Topic } from '../../schemas/topics';
import type { KeyedSource } from '../../schemas/source';
import { KIND_ORDER, kindLabels } from '../citations/format';

/**
 * What a section adds to the search index besides its text: its aliases (ranked
 * high), the short names of the authorities it cites (ranked low, so a section
 * that merely cites Egbert ranks below the one about it), and filter values in
 * the page's language (each language has its own index).
 */
export function searchFields(section: { aliases: readonly string[]; topics: readonly Topic[] }, sources: readonly KeyedSource[], lang: Lang = 'en') {
  const sourceNames = [...new Set(sources.flatMap((source) => (source.shortName ? [source.shortName] : [])))];
  const kinds = [...new Set(sources.map((source) => source.kind))];
  const labels = kindLabels(lang);
  const topics = ui(lang).topics;
  return {
    aliases: [...section.aliases],
    sourceNames,
    topics: section.topics.map((topic) => topics[topic]),
    sourceKinds: KIND_ORDER.filter((kind) => kinds.includes(kind)).map((kind) => labels[kind]),
  };
}
