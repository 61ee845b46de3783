/**
 * What a Spanish-first reader types, and the Spanish section that answers it.
 * Search on a Spanish page must put that section in the top 3 and, where `part`
 * is given, list that heading (the anchor it shares with the English page) under
 * it. Written as a reader would type it on a phone: short, informal, often a
 * question, with or without accents, sometimes a form or a statute number.
 * Where more than one section touches a query, the expected one is the section
 * the reader needs first (for "abogado": how to find one).
 */
export const ES_READER_QUERIES: Array<{ query: string; expect: string; part?: string }> = [
  { query: 'demanda', expect: 'who-can-be-sued' },
  { query: 'demandar a ICE', expect: 'short-answer' },
  { query: '¿puedo demandar al agente?', expect: 'suing-the-agent' },
  { query: '¿puedo demandar al agente de ICE?', expect: 'short-answer' },
  { query: 'demandar al gobierno', expect: 'ftca' },
  { query: 'demanda Bivens', expect: 'suing-the-agent' },
  { query: 'inmunidad calificada', expect: 'qualified-immunity' },
  { query: 'orden judicial', expect: 'warrants-and-home-entry' },
  { query: 'orden administrativa I-205', expect: 'warrants-and-home-entry', part: 'form-i-205-warrant-of-removal' },
  { query: 'entraron a mi casa sin orden', expect: 'warrants-and-home-entry' },
  { query: 'entró ICE a mi casa', expect: 'warrants-and-home-entry' },
  { query: '¿puede ICE entrar a mi casa?', expect: 'warrants-and-home-entry' },
  { query: 'qué hago si ICE toca la puerta', expect: 'practical-steps', part: 'at-the-door' },
  { query: 'plazo', expect: 'filing-an-ftca-claim', part: 'deadlines' },
  { query: 'plazo para demandar', expect: 'filing-an-ftca-claim' },
  { query: 'cuanto tiempo tengo', expect: 'filing-an-ftca-claim', part: 'deadlines' },
  { query: 'cuánto dinero', expect: 'ftca', part: 'what-a-winning-claim-can-and-cannot-get' },
  { query: 'cuanto dinero', expect: 'ftca', part: 'what-a-winning-claim-can-and-cannot-get' },
  { query: 'compensacion por daños', expect: 'ftca' },
  { query: 'SF-95', expect: 'filing-an-ftca-claim' },
  { query: 'formulario 95', expect: 'filing-an-ftca-claim' },
  { query: 'reclamación', expect: 'filing-an-ftca-claim' },
  { query: 'reclamacion', expect: 'filing-an-ftca-claim' },
  { query: '§ 1983', expect: 'section-1983-and-287g' },
  { query: 'sección 1983', expect: 'section-1983-and-287g' },
  { query: 'policía local', expect: 'section-1983-and-287g', part: 'local-police-acting-on-their-own-authority' },
  { query: 'policia local', expect: 'section-1983-and-287g', part: 'local-police-acting-on-their-own-authority' },
  { query: '287g', expect: 'section-1983-and-287g' },
  { query: 'abogado', expect: 'practical-steps', part: 'finding-a-lawyer' },
  { query: 'Ley Westfall', expect: 'westfall-act' },
  { query: 'judgment bar', expect: 'suing-both' },
  { query: 'quién paga', expect: 'who-pays' },
  { query: 'quien paga', expect: 'who-pays' },
  { query: 'cargos penales contra el agente', expect: 'criminal-liability' },
  { query: 'arrestar a un agente de ICE', expect: 'criminal-liability' },
  { query: 'detenido por ICE', expect: 'other-remedies', part: 'habeas-corpus-challenging-detention' },
  { query: 'queja contra ICE', expect: 'other-remedies', part: 'complaints-to-oversight-offices' },
  { query: 'demanda colectiva', expect: 'other-remedies' },
  { query: 'grabar a ICE', expect: 'practical-steps' },
  { query: 'redadas en Chicago', expect: 'raids-and-lawsuits-2025-2026' },
  { query: 'lo que no se sabe', expect: 'what-we-do-not-know' },
  { query: 'glosario', expect: 'glossary' },
];
