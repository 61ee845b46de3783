import type { SourceKind } from '../schemas/source';
import { TOPICS, type Topic } from '../schemas/topics';
import { DEFAULT_LANG, LOCALES, localizePath, splitLangPath, type Lang } from './languages';
import { withBase } from '../lib/paths';

/**
 * Every word of the page chrome, one dictionary per language. The English one
 * sets the shape; the Spanish one must match it key for key (the type says so,
 * and a test checks the values are filled). Section text lives in content/, not here.
 */
const en = {
  siteName: 'Liability Explained',
  question: 'Can ICE agents be held personally liable for what they do during raids?',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Site',
    sections: 'Sections',
    sources: 'Sources',
    search: 'Search',
    language: 'Read this page in English',
    languageShort: 'English',
  },
  footer: {
    label: 'Footer',
    disclaimer: 'Liability Explained gives legal information about United States law, not legal advice. It is not a law firm, and reading it does not make anyone your lawyer.',
    home: 'Home',
    about: 'About this site',
    sources: 'Table of sources',
    corrections: 'Corrections and updates',
    translations: 'Translations',
    report: 'Report a problem',
    privacy: 'No cookies, no trackers, and no requests to any other site.',
  },
  crumbs: { home: 'Home' },
  feedTitle: 'Liability Explained: corrections and updates',
  feedDescription: 'Every correction and update to the explainer, with the reason and the sources.',
  headingLink: (text: string) => `Link to this section: ${text}`,
  backToContents: 'Back to contents',
  table: 'Table',
  dates: {
    checked: 'Law and events checked to',
    updated: 'Updated',
    more: (n: number) => ` (and ${n} other change${n > 1 ? 's' : ''} that day)`,
    seeWhatChanged: 'See what changed',
    reviewed: 'Reviewed',
  },
  deadlines: {
    label: 'Deadlines',
    note: 'General information, not legal advice: when a clock starts depends on the facts. Check your dates with a lawyer.',
  },
  status: {
    prefix: 'Status: ',
    values: { settled: 'Settled', contested: 'Contested', open: 'Open question' },
    help: {
      settled: 'the Supreme Court or a statute has decided it',
      contested: 'courts disagree, or a challenge is pending',
      open: 'no court has decided it yet',
    },
  },
  prevNext: { label: 'Previous and next sections', previous: 'Previous', next: 'Next' },
  toc: { title: 'On this page' },
  sourceList: {
    title: 'Sources',
    backTo: (i: number, n: number, number: number, locator: string | undefined) => `Back to citation ${i} of ${n} of source ${number}${locator ? `, ${locator}` : ''}`,
  },
  card: {
    heading: (number: number, kind: string) => `Source ${number} · ${kind}`,
    citedAt: (pins: string) => `Cited on this page ${pins}.`,
    open: 'Open the source',
    goToList: (number: number) => `Go to source ${number} in the list of sources`,
    marker: (visible: string) => `Source ${visible}`,
  },
  kinds: {
    headings: {
      case: 'Cases',
      statute: 'Statutes',
      regulation: 'Regulations',
      bill: 'Bills',
      agency: 'Government publications',
      scholarship: 'Scholarship',
      guide: 'Guides and practitioner pages',
      news: 'News reporting',
    } satisfies Record<SourceKind, string>,
    supremeCourt: 'Supreme Court decision',
    court: 'Court decision',
    sessionLaw: 'Statute as enacted (session law)',
    statute: 'Statute',
    regulation: 'Federal regulation',
    federalBill: 'Bill in Congress',
    stateBill: 'State bill',
    agency: 'Government publication',
    news: 'News report',
    scholarship: 'Scholarship or analysis',
    guide: 'Guide or practitioner page',
  },
  topics: TOPICS as Record<Topic, string>,
  links: {
    cornell: 'free copy at Cornell’s Legal Information Institute, not the official text',
    justia: 'free copy at Justia, not the official reporter',
    courtlistener: 'free copy at CourtListener, not the official reporter',
    hein: 'HeinOnline summary page, full text by subscription',
    court: 'the court’s own copy',
    government: 'government website',
    newsOutlet: 'the news outlet’s page',
    publisher: 'the publisher’s page',
    publisherOwn: 'the publisher’s own page',
    opened: 'opened by us',
    openedOn: (date: string) => `opened by us on ${date}`,
    recorded: 'read during our research, date not recorded',
    recordedOn: (date: string) => `read during our research on ${date}`,
    pattern: 'link not yet opened by us',
  },
  cite: {
    title: 'Cite this section',
    onePart: 'Cite one part of this section',
    lawChecked: (date: string) => `law checked to ${date}`,
  },
  translation: {
    behindTitle: 'This translation may be out of date.',
    behind: (date: string) => `The English page changed on ${date}, after this translation was made.`,
    readEnglish: 'Read the English page',
    inEnglish: '(in English)',
  },
  home: {
    edition: '',
    description: 'A plain-language, sourced explainer of U.S. law.',
    readShortAnswer: 'Read the short answer, with its sources',
    sections: 'Sections',
    closingBefore: 'Every statement links to its source. Our research covers what was published up to about early June 2026. To see what courts have not decided yet, read the',
    closingLink: 'open questions',
  },
  sourcesPage: {
    title: 'Table of sources',
    description: 'Every case, statute, regulation, bill and publication the explainer cites, with links to the sections that cite it.',
    intro: [
      'Every authority the explainer cites, grouped by kind and filed as a table of authorities files them: cases by name, statutes, regulations and bills by number. Each links to the source itself and back to each section that cites it.',
      'Beside each link we say who publishes the page and how far we have checked it. “Link not yet opened by us” means we built the address from the publisher’s official address pattern but have not opened the page. A page that shows no date is marked “n.d.”, unless we opened it on a known day: then its citation says “last visited” and that day.',
    ],
    kindsLabel: 'Kinds of source',
    citedIn: 'Cited in:',
    subject: 'Subject:',
    status: 'Status:',
  },
  searchPage: {
    title: 'Search',
    description: 'Search every section of the explainer for a word, a case name, a statute or a deadline.',
    noScriptBefore: 'Search needs JavaScript, which is turned off or blocked in this browser. Every section is listed on the',
    noScriptHome: 'home page',
    noScriptMiddle: ', and every source in the',
    noScriptSources: 'table of sources',
  },
  corrections: {
    title: 'Corrections and updates',
    description: 'Every correction and update to the explainer: what changed, on which section, when, why, and on what authority.',
    intro: 'When we find a mistake, or the law or the facts change, we fix the page and record it here: the date, the section, what changed, why, and the sources for the new text. Nothing is removed from this list. Follow it with the',
    feed: 'corrections feed (RSS)',
    none: 'No corrections or updates yet.',
    why: 'Why:',
    sources: 'Sources:',
    review: (rows: readonly string[]) => ` (Found by the independent legal review of November 2026, finding${rows.length > 1 ? 's' : ''} ${rows.join(', ')}.)`,
    kinds: { correction: 'Correction', update: 'Update', addition: 'Addition', clarification: 'Clarification' },
  },
  translations: {
    title: 'Translations',
    description: 'Which pages of the Spanish edition are up to date with the English, and which have fallen behind.',
    intro: 'Each Spanish page is a translation of an English page. When the English page changes after its translation was made, the Spanish page says so at the top and links to the English until the translation is brought up to date. This list shows where each stands.',
    section: 'Section',
    status: 'Status',
    translated: 'Translated',
    current: 'Current',
    behind: 'Behind the English',
    missing: 'Not yet translated',
  },
  about: {
    title: 'About this site',
    description: 'What Liability Explained is, where its facts come from, how mistakes are fixed, and how to report a problem.',
    intro:
      'Liability Explained answers one question: can ICE agents be held personally liable for what they do during raids? It explains United States law in plain words. It is written for people who were raided or fear a raid, and for their families. It is also for the lawyers, reporters and organizers who help them.',
    notAdvice: {
      heading: 'Not legal advice',
      text: 'This site gives general legal information. It is not a law firm, and reading it does not make anyone your lawyer. Deadlines can be short, and every case is different. Talk to a lawyer about your situation. To start, see',
      link: 'what to do now',
    },
    facts: {
      heading: 'Where the facts come from',
      p1: 'Every statement of law or fact links to its source. Where we can, we cite the law itself: laws passed by Congress, court decisions and federal rules. We also cite government pages, guides by lawyers and advocates, news reports and research. When a statement rests on a guide or a news report, the text says so. When we could not confirm something, we say that too, and we mark each key legal point as settled, contested or still open.',
      p2Before: 'The',
      p2Link: 'table of sources',
      p2After: 'lists every source, links to it, and says how we checked the link. Each section gives the day its law and events were checked, and the day an editor last read the whole section against its sources.',
      p3: 'Before a page goes online, our publishing tools check it. They stop a page that cites a source we have not listed, or that gives the two-year deadline for a claim without its warnings.',
    },
    corrections: {
      heading: 'How corrections work',
      before: 'When we find a mistake, or the law or the facts change, we fix the page and record the change in',
      link: 'corrections and updates',
      after: ': the date, the section, what changed, why, and the sources for the new text. Nothing is taken off that list. A section that changed says so under its title.',
    },
    translations: {
      heading: 'The Spanish edition',
      before: 'Every page is also in Spanish. Each Spanish page is a translation of the English page, with the same sources; when the English changes, the Spanish page says so until its translation is brought up to date. The',
      link: 'translations page',
      after: 'shows where each page stands.',
    },
    report: {
      heading: 'Report a problem',
      intro: 'If something is wrong, out of date or hard to understand, please tell us which page it is on and what is wrong.',
      webLink: 'Report a problem',
      webAfter: '(this opens a form on another site; reports there can be public).',
      emailBefore: 'Write to',
      none: 'This copy of the site has no address for reports yet. Note the page address and what is wrong, and tell the person or group who shared the site with you.',
      privacy: 'Please do not send your name or private details about your case. We cannot give legal advice or answer questions about a case.',
    },
    privacy: {
      heading: 'Privacy',
      text: 'The site sets no cookies, uses no trackers, and makes no requests to any other site. Search runs inside your browser.',
    },
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Start from the list of sections.',
    text: 'There is no page at this address. The link may be mistyped, or the page may have moved.',
    steps: 'What to do now: the deadline and the first steps',
    home: 'Start from the home page and its list of sections',
    sources: 'Browse the table of sources',
  },
  timeline: {
    title: 'The clock for a claim against the U.S. government',
    events: ['The harm happens', 'Your written claim reaches the agency', 'The agency mails a denial', 'You sue in federal court'],
    gaps: ['Within 2 years', 'The agency has 6 months to decide', 'Within 6 months of the mailing'],
    note: 'No decision after 6 months? You may treat that as a denial and sue.',
    warnings: [
      'Other claims, like a suit against the officer, can have shorter deadlines. Under federal law, this claim does not pause them.',
      'The 6 months to sue start on the day the denial is mailed, not the day it arrives.',
    ],
    warningsLabel: 'Warnings:',
    captionBefore: 'The same steps in words, with their sources, are in',
    captionLink: 'the numbered list below',
  },
};

export type UiStrings = typeof en;

const es: UiStrings = {
  siteName: 'Liability Explained',
  question: '¿Pueden los agentes de ICE responder personalmente por lo que hacen en las redadas?',
  skipToContent: 'Saltar al contenido',
  nav: {
    label: 'Sitio',
    sections: 'Secciones',
    sources: 'Fuentes',
    search: 'Buscar',
    language: 'Leer esta página en español',
    languageShort: 'Español',
  },
  footer: {
    label: 'Pie de página',
    disclaimer:
      'Liability Explained da información legal sobre las leyes de Estados Unidos, no asesoría legal. No es un bufete de abogados, y leerlo no convierte a nadie en su abogado.',
    home: 'Inicio',
    about: 'Acerca de este sitio',
    sources: 'Tabla de fuentes',
    corrections: 'Correcciones y actualizaciones',
    translations: 'Traducciones',
    report: 'Informar de un problema',
    privacy: 'Sin cookies, sin rastreadores y sin pedidos a ningún otro sitio.',
  },
  crumbs: { home: 'Inicio' },
  feedTitle: 'Liability Explained: correcciones y actualizaciones',
  feedDescription: 'Cada corrección y actualización de la guía, con su motivo y sus fuentes.',
  headingLink: (text: string) => `Enlace a esta parte: ${text}`,
  backToContents: 'Volver al índice',
  table: 'Tabla',
  dates: {
    checked: 'Leyes y hechos revisados hasta el',
    updated: 'Actualizado el',
    more: (n: number) => ` (y ${n} ${n > 1 ? 'cambios más' : 'cambio más'} ese día)`,
    seeWhatChanged: 'Ver qué cambió',
    reviewed: 'Revisado el',
  },
  deadlines: {
    label: 'Plazos',
    note: 'Información general, no asesoría legal: cuándo empieza a correr un plazo depende de los hechos. Confirme sus fechas con un abogado.',
  },
  status: {
    prefix: 'Estado: ',
    values: { settled: 'Resuelto', contested: 'En disputa', open: 'Pregunta abierta' },
    help: {
      settled: 'lo decidió la Corte Suprema o una ley',
      contested: 'los tribunales no están de acuerdo, o hay un caso pendiente',
      open: 'ningún tribunal lo ha decidido todavía',
    },
  },
  prevNext: { label: 'Sección anterior y siguiente', previous: 'Anterior', next: 'Siguiente' },
  toc: { title: 'En esta página' },
  sourceList: {
    title: 'Fuentes',
    backTo: (i: number, n: number, number: number, locator: string | undefined) => `Volver a la cita ${i} de ${n} de la fuente ${number}${locator ? `, ${locator}` : ''}`,
  },
  card: {
    heading: (number: number, kind: string) => `Fuente ${number} · ${kind}`,
    citedAt: (pins: string) => `Citada en esta página ${pins}.`,
    open: 'Abrir la fuente',
    goToList: (number: number) => `Ir a la fuente ${number} en la lista de fuentes`,
    marker: (visible: string) => `Fuente ${visible}`,
  },
  kinds: {
    headings: {
      case: 'Casos judiciales',
      statute: 'Leyes',
      regulation: 'Reglamentos',
      bill: 'Proyectos de ley',
      agency: 'Publicaciones del gobierno',
      scholarship: 'Estudios académicos',
      guide: 'Guías y páginas de abogados',
      news: 'Noticias',
    },
    supremeCourt: 'Decisión de la Corte Suprema',
    court: 'Decisión judicial',
    sessionLaw: 'Ley tal como se aprobó (session law)',
    statute: 'Ley',
    regulation: 'Reglamento federal',
    federalBill: 'Proyecto de ley en el Congreso',
    stateBill: 'Proyecto de ley estatal',
    agency: 'Publicación del gobierno',
    news: 'Noticia',
    scholarship: 'Estudio o análisis',
    guide: 'Guía o página de abogados',
  },
  topics: {
    overview: 'Panorama general',
    ftca: 'Demandar al gobierno de EE. UU. (FTCA)',
    'personal-liability': 'Demandar al agente a título personal',
    bivens: 'Demandas Bivens',
    'westfall-act': 'Ley Westfall',
    'qualified-immunity': 'Inmunidad calificada',
    'who-pays': 'Quién paga',
    'state-and-local': 'Leyes estatales y locales',
    criminal: 'Responsabilidad penal',
    complaints: 'Quejas y supervisión',
    warrants: 'Órdenes judiciales y entrada a la vivienda',
    'practical-steps': 'Pasos prácticos',
    litigation: 'Demandas y decisiones judiciales',
    'policy-debate': 'Debate sobre políticas',
    'open-questions': 'Preguntas abiertas',
  },
  links: {
    cornell: 'copia gratuita del Legal Information Institute de Cornell, no el texto oficial',
    justia: 'copia gratuita en Justia, no la publicación oficial',
    courtlistener: 'copia gratuita en CourtListener, no la publicación oficial',
    hein: 'resumen en HeinOnline, texto completo por suscripción',
    court: 'copia del propio tribunal',
    government: 'sitio web del gobierno',
    newsOutlet: 'página del medio de noticias',
    publisher: 'página de la editorial',
    publisherOwn: 'página de quien lo publica',
    opened: 'abierto por nosotros',
    openedOn: (date: string) => `abierto por nosotros el ${date}`,
    recorded: 'leído durante nuestra investigación, sin fecha registrada',
    recordedOn: (date: string) => `leído durante nuestra investigación el ${date}`,
    pattern: 'enlace que aún no hemos abierto',
  },
  cite: {
    title: 'Cómo citar esta sección',
    onePart: 'Citar una parte de esta sección',
    lawChecked: (date: string) => `leyes revisadas hasta el ${date}`,
  },
  translation: {
    behindTitle: 'Esta traducción puede estar desactualizada.',
    behind: (date: string) => `La página en inglés cambió el ${date}, después de hacerse esta traducción.`,
    readEnglish: 'Leer la página en inglés',
    inEnglish: '(en inglés)',
  },
  home: {
    edition: 'en español',
    description: 'Una guía de la ley de EE. UU. en lenguaje sencillo, con sus fuentes.',
    readShortAnswer: 'Leer la respuesta corta, con sus fuentes',
    sections: 'Secciones',
    closingBefore:
      'Cada afirmación lleva un enlace a su fuente. Nuestra investigación cubre lo publicado hasta aproximadamente principios de junio de 2026. Para ver lo que los tribunales todavía no han decidido, lea las',
    closingLink: 'preguntas abiertas',
  },
  sourcesPage: {
    title: 'Tabla de fuentes',
    description: 'Cada caso, ley, reglamento, proyecto de ley y publicación que cita la guía, con enlaces a las secciones que lo citan.',
    intro: [
      'Cada fuente que cita la guía, agrupada por tipo y ordenada como en una tabla de fuentes legales: los casos por nombre; las leyes, los reglamentos y los proyectos de ley por número. Las citas quedan en su forma legal original, en inglés. Cada una enlaza a la fuente y a cada sección que la cita.',
      'Al lado de cada enlace decimos quién publica la página y hasta dónde lo hemos revisado. “Enlace que aún no hemos abierto” quiere decir que armamos la dirección con el formato oficial de quien lo publica, pero no abrimos la página. Una página sin fecha se marca “n.d.” (sin fecha), salvo que la hayamos abierto un día conocido: entonces la cita dice “last visited” (consultada por última vez) y ese día. Las notas y el estado de los proyectos de ley están en inglés.',
    ],
    kindsLabel: 'Tipos de fuente',
    citedIn: 'Citada en:',
    subject: 'Tema:',
    status: 'Estado:',
  },
  searchPage: {
    title: 'Buscar',
    description: 'Busque en todas las secciones de la guía una palabra, el nombre de un caso, una ley o un plazo.',
    noScriptBefore: 'La búsqueda necesita JavaScript, que está desactivado o bloqueado en este navegador. Todas las secciones están en la',
    noScriptHome: 'página de inicio',
    noScriptMiddle: ', y todas las fuentes en la',
    noScriptSources: 'tabla de fuentes',
  },
  corrections: {
    title: 'Correcciones y actualizaciones',
    description: 'Cada corrección y actualización de la guía: qué cambió, en qué sección, cuándo, por qué y con qué fuentes.',
    intro:
      'Cuando encontramos un error, o cambian las leyes o los hechos, corregimos la página y lo anotamos aquí: la fecha, la sección, qué cambió, por qué y las fuentes del nuevo texto. No se borra nada de esta lista. Puede seguirla con el',
    feed: 'canal de correcciones (RSS)',
    none: 'Todavía no hay correcciones ni actualizaciones.',
    why: 'Por qué:',
    sources: 'Fuentes:',
    review: (rows: readonly string[]) => ` (Lo encontró la revisión legal independiente de noviembre de 2026, ${rows.length > 1 ? 'hallazgos' : 'hallazgo'} ${rows.join(', ')}).`,
    kinds: { correction: 'Corrección', update: 'Actualización', addition: 'Adición', clarification: 'Aclaración' },
  },
  translations: {
    title: 'Traducciones',
    description: 'Qué páginas de la edición en español están al día con el inglés y cuáles se han quedado atrás.',
    intro:
      'Cada página en español es una traducción de una página en inglés. Si la página en inglés cambia después de hacerse la traducción, la página en español lo dice arriba y enlaza al inglés hasta que se actualice la traducción. Esta lista muestra cómo está cada una.',
    section: 'Sección',
    status: 'Estado',
    translated: 'Traducida',
    current: 'Al día',
    behind: 'Atrasada respecto al inglés',
    missing: 'Sin traducir todavía',
  },
  about: {
    title: 'Acerca de este sitio',
    description: 'Qué es Liability Explained, de dónde salen sus datos, cómo se corrigen los errores y cómo informar de un problema.',
    intro:
      'Liability Explained responde una pregunta: ¿pueden los agentes de ICE responder personalmente por lo que hacen en las redadas? Explica las leyes de Estados Unidos con palabras sencillas. Está escrito para las personas que sufrieron una redada o temen una, y para sus familias. También es para los abogados, periodistas y organizadores que las ayudan.',
    notAdvice: {
      heading: 'No es asesoría legal',
      text: 'Este sitio da información legal general. No es un bufete de abogados, y leerlo no convierte a nadie en su abogado. Los plazos pueden ser cortos, y cada caso es distinto. Hable con un abogado sobre su situación. Para empezar, vea',
      link: 'qué hacer ahora',
    },
    facts: {
      heading: 'De dónde salen los datos',
      p1: 'Cada afirmación sobre la ley o los hechos lleva un enlace a su fuente. Cuando podemos, citamos la ley misma: las leyes del Congreso, las decisiones de los tribunales y los reglamentos federales. También citamos páginas del gobierno, guías de abogados y organizaciones, noticias y estudios. Cuando una afirmación se basa en una guía o una noticia, el texto lo dice. Cuando no pudimos confirmar algo, también lo decimos, y marcamos cada punto legal clave como resuelto, en disputa o pregunta abierta.',
      p2Before: 'La',
      p2Link: 'tabla de fuentes',
      p2After: 'lista cada fuente, enlaza a ella y dice cómo revisamos el enlace. Cada sección da el día en que se revisaron sus leyes y hechos, y el día en que alguien del equipo leyó por última vez toda la sección junto a sus fuentes.',
      p3: 'Antes de que una página se publique, nuestras herramientas la revisan. Detienen una página que cita una fuente que no está en la lista, o que da el plazo de dos años de una reclamación sin sus advertencias.',
    },
    corrections: {
      heading: 'Cómo se hacen las correcciones',
      before: 'Cuando encontramos un error, o cambian las leyes o los hechos, corregimos la página y anotamos el cambio en',
      link: 'correcciones y actualizaciones',
      after: ': la fecha, la sección, qué cambió, por qué y las fuentes del nuevo texto. No se borra nada de esa lista. Una sección que cambió lo dice debajo de su título.',
    },
    translations: {
      heading: 'La edición en español',
      before: 'Cada página está también en español. Cada página en español es una traducción de la página en inglés, con las mismas fuentes; cuando cambia la página en inglés, la página en español lo dice hasta que se actualiza su traducción. La',
      link: 'página de traducciones',
      after: 'muestra cómo está cada página.',
    },
    report: {
      heading: 'Informar de un problema',
      intro: 'Si algo está mal, desactualizado o es difícil de entender, díganos en qué página está y qué está mal.',
      webLink: 'Informar de un problema',
      webAfter: '(se abre un formulario en otro sitio; allí los informes pueden ser públicos).',
      emailBefore: 'Escriba a',
      none: 'Esta copia del sitio todavía no tiene una dirección para informes. Anote la dirección de la página y qué está mal, y avísele a la persona o al grupo que le compartió el sitio.',
      privacy: 'Por favor, no envíe su nombre ni datos privados de su caso. No podemos dar asesoría legal ni responder preguntas sobre un caso.',
    },
    privacy: {
      heading: 'Privacidad',
      text: 'El sitio no usa cookies ni rastreadores, y no hace pedidos a ningún otro sitio. La búsqueda funciona dentro de su navegador.',
    },
  },
  notFound: {
    title: 'Página no encontrada',
    description: 'Esta página no existe. Empiece por la lista de secciones.',
    text: 'No hay ninguna página en esta dirección. Puede que el enlace esté mal escrito o que la página se haya movido.',
    steps: 'Qué hacer ahora: el plazo y los primeros pasos',
    home: 'Empezar por la página de inicio y su lista de secciones',
    sources: 'Ver la tabla de fuentes',
  },
  timeline: {
    title: 'El plazo de una reclamación contra el gobierno de EE. UU.',
    events: ['Ocurre el daño', 'Su reclamación por escrito llega a la agencia', 'La agencia envía por correo una denegación', 'Usted demanda en un tribunal federal'],
    gaps: ['En un plazo de 2 años', 'La agencia tiene 6 meses para decidir', 'En un plazo de 6 meses desde el envío'],
    note: '¿Sin decisión después de 6 meses? Puede tratarlo como una denegación y demandar.',
    warnings: [
      'Otras reclamaciones, como una demanda contra el agente, pueden tener plazos más cortos. Según la ley federal, esta reclamación no los detiene.',
      'Los 6 meses para demandar empiezan el día en que se envía por correo la denegación, no el día en que llega.',
    ],
    warningsLabel: 'Advertencias:',
    captionBefore: 'Los mismos pasos en palabras, con sus fuentes, están en',
    captionLink: 'la lista numerada de abajo',
  },
};

const DICTIONARIES: Record<Lang, UiStrings> = { en, es };

/** The page chrome's words in a language. */
export function ui(lang: Lang): UiStrings {
  return DICTIONARIES[lang];
}

/** The language of the page at `url`, from its path after the site's base path. */
export function langFromUrl(url: URL, base: string): Lang {
  const head = withBase(base);
  const path = url.pathname.startsWith(head) ? `/${url.pathname.slice(head.length)}` : url.pathname;
  return splitLangPath(path).lang;
}

/** A link to a root-relative path in a language, under the base path: ('/x/', 'es', 'sources/') → '/x/es/sources/'. */
export function hrefIn(base: string, lang: Lang, path = ''): string {
  return withBase(base, localizePath(lang, `/${path.replace(/^\/+/, '')}`));
}

/** A UTC day for readers, in the language's long form: "November 29, 2026" / "29 de noviembre de 2026". */
export function formatDay(date: Date, lang: Lang = DEFAULT_LANG): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
