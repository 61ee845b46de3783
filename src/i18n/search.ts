import type { Lang } from './languages';

/**
 * The search box's words, apart from the page-chrome dictionary so that the
 * search code (loaded only when a reader opens search) carries only these.
 * The Spanish one must match the English key for key (the type says so).
 */
const en = {
  dialogTitle: 'Search',
  close: 'Close',
  label: 'Search the explainer',
  hint: 'Try "FTCA", "deadline", "Bivens" or "§ 1983".',
  hintKeys: ' Use the arrow keys to move through results.',
  results: 'Search results',
  more: (shown: number, left: number) => `Show ${shown} more of ${left} section${left === 1 ? '' : 's'} left`,
  typeAWord: 'Type a word to search for.',
  searching: 'Searching…',
  failed: 'Search could not load. Browse the list of sections instead.',
  none: (query: string) => `No sections match “${query}”.`,
  found: (count: number) => `${count} section${count === 1 ? '' : 's'} found.`,
  fewerWords: 'Try fewer words, or one of these:',
  spelling: 'Check the spelling, or try one of these:',
  browse: ['Or browse ', 'every section', ', the ', 'glossary', ' or the ', 'table of sources', '.'],
  narrow: 'Narrow the results',
  any: 'Any',
  filters: { topic: 'Topic', cites: 'Cites' } as Record<string, string>,
  suggestions: ['FTCA', 'deadline', 'Bivens', '§ 1983', 'warrant'],
};

export type SearchStrings = typeof en;

const es: SearchStrings = {
  dialogTitle: 'Buscar',
  close: 'Cerrar',
  label: 'Buscar en la guía',
  hint: 'Pruebe "FTCA", "plazo", "Bivens" o "§ 1983".',
  hintKeys: ' Use las flechas del teclado para moverse por los resultados.',
  results: 'Resultados de la búsqueda',
  more: (shown: number, left: number) => `Mostrar ${shown} más de ${left} ${left === 1 ? 'sección restante' : 'secciones restantes'}`,
  typeAWord: 'Escriba una palabra para buscar.',
  searching: 'Buscando…',
  failed: 'No se pudo cargar la búsqueda. Vea la lista de secciones.',
  none: (query: string) => `Ninguna sección coincide con «${query}».`,
  found: (count: number) => `${count} ${count === 1 ? 'sección encontrada' : 'secciones encontradas'}.`,
  fewerWords: 'Pruebe con menos palabras, o con una de estas:',
  spelling: 'Revise cómo lo escribió, o pruebe una de estas:',
  browse: ['O vea ', 'todas las secciones', ', el ', 'glosario', ' o la ', 'tabla de fuentes', '.'],
  narrow: 'Filtrar los resultados',
  any: 'Todos',
  filters: { topic: 'Tema', cites: 'Cita' },
  suggestions: ['FTCA', 'plazo', 'Bivens', '§ 1983', 'orden judicial'],
};

const STRINGS: Record<Lang, SearchStrings> = { en, es };

/** The search box's words for a page language ("es", "en"; anything else gets English). */
export function searchStrings(lang: string): SearchStrings {
  return lang === 'es' ? STRINGS.es : STRINGS.en;
}
