/**
 * Deadline safety: wherever a page states the FTCA clock (two years to present a
 * claim, six months to sue), it must also warn that (1) other claims can run on a
 * shorter clock that the FTCA claim does not pause, and (2) the six months run
 * from the day the agency mails a denial. A reader who sees only "two years" can
 * lose a claim against the officer or under state law, whose deadlines (some one
 * year) keep running while the agency considers the FTCA claim.
 */

/** What a warning must say, in words an editor can act on. */
export const CLOCK_WARNINGS = {
  otherClocks: 'other claims (against the officer, or under state law) can have a shorter deadline, which the FTCA claim does not pause',
  mailedDenial: 'the six months to sue start on the day the agency mails its denial',
} as const;

export type ClockWarning = keyof typeof CLOCK_WARNINGS;

/** An example an editor can adapt (with its own citations) when a check fails. */
export const CLOCK_WARNING_EXAMPLE_ES =
  'Otras reclamaciones, como una demanda contra el agente, pueden tener plazos más cortos, a veces de un año, y esta reclamación no los detiene. Si la agencia envía por correo una denegación, los seis meses para demandar empiezan ese día.';

/** An example an editor can adapt (with its own citations) when a check fails. */
export const CLOCK_WARNING_EXAMPLE =
  'Other claims, such as a suit against the officer, can have shorter deadlines, some only one year, and the FTCA claim does not pause them. If the agency mails a denial, the six months to sue start that day.';

interface ClockPatterns {
  /** The durations of the FTCA clock. */
  duration: RegExp;
  /** Words that put a duration in the context of a claim or a lawsuit. */
  context: RegExp;
  shorter: RegExp;
  notPaused: RegExp;
  mailed: RegExp;
  denial: RegExp;
}

/** Patterns per language: the Spanish edition adds its own. */
export const CLOCK_PATTERNS: Record<string, ClockPatterns> = {
  en: {
    duration: /\b(?:two|2)[\s-]+years?\b|\b(?:six|6)[\s-]+months?\b/i,
    context: /\b(?:FTCA|claims?|agency|sue|suing|lawsuits?|denial|denied|deadlines?)\b/i,
    shorter: /\bshorter\b/i,
    notPaused: /(?:\bnot|n['’]t|\bnever)\s+(?:pause|stop|extend|toll|suspend)/i,
    mailed: /\bmail(?:s|ed|ing)?\b/i,
    denial: /\bden(?:ial|ies|ied|y)\b/i,
  },
  es: {
    duration: /(?<![\p{L}\p{N}])(?:dos|2)(?:\s|&nbsp;|\u00a0)+años(?![\p{L}])|(?<![\p{L}\p{N}])(?:seis|6)(?:\s|&nbsp;|\u00a0)+meses(?![\p{L}])/iu,
    context: /(?<![\p{L}])(?:FTCA|reclamaci[oó]n(?:es)?|agencia|demand\p{L}*|denegaci[oó]n|deneg\p{L}*|plazos?)(?![\p{L}])/iu,
    shorter: /(?<![\p{L}])(?:más\s+cortos?|más\s+breves?|menos\s+tiempo)(?![\p{L}])/iu,
    notPaused: /(?<![\p{L}])no\s+(?:\p{L}+\s+){0,2}(?:detiene|detienen|pausa|pausan|suspende|suspenden|interrumpe|interrumpen|para|paran)(?![\p{L}])/iu,
    mailed: /(?<![\p{L}])(?:envía|envían|enviada|enviado|envío|correo)(?![\p{L}])/iu,
    denial: /(?<![\p{L}])(?:denegaci[oó]n|deniega|niega|rechazo|rechaza)(?![\p{L}])/iu,
  },
};

function patternsFor(lang: string): ClockPatterns {
  const patterns = CLOCK_PATTERNS[lang];
  if (patterns === undefined) throw new Error(`No deadline-warning patterns for language "${lang}". Add them to CLOCK_PATTERNS in src/lib/deadlines.ts.`);
  return patterns;
}

/** True when the text states a duration of the FTCA clock in the context of a claim or a suit. */
export function statesFtcaClock(text: string, lang = 'en'): boolean {
  const p = patternsFor(lang);
  return p.duration.test(text) && p.context.test(text);
}

/** The warnings a passage that states the FTCA clock still lacks (empty when it is safe). */
export function missingClockWarnings(text: string, lang = 'en'): ClockWarning[] {
  if (!statesFtcaClock(text, lang)) return [];
  const p = patternsFor(lang);
  const missing: ClockWarning[] = [];
  if (!(p.shorter.test(text) && p.notPaused.test(text))) missing.push('otherClocks');
  if (!(p.mailed.test(text) && p.denial.test(text))) missing.push('mailedDenial');
  return missing;
}

/** One sentence for a build error: what is missing and how to fix it. */
export function clockWarningProblem(where: string, missing: readonly ClockWarning[], lang = 'en'): string {
  const said = missing.map((key) => CLOCK_WARNINGS[key]).join('; and that ');
  return `${where} states the FTCA deadline but does not say that ${said}. Add it next to the deadline, with its sources, e.g. "${lang === 'es' ? CLOCK_WARNING_EXAMPLE_ES : CLOCK_WARNING_EXAMPLE}"`;
}
