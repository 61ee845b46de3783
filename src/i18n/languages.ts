/**
 * The site's languages. English is the original and lives at the root;
 * every other language lives under its own prefix (/es/…) and is a
 * translation of an English page.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** BCP 47 locales for Intl, `<html lang>` stays the short code. */
export const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-US' };
/** Open Graph locales. */
export const OG_LOCALES: Record<Lang, string> = { en: 'en_US', es: 'es_US' };
/** Each language's name in itself, for the language link. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** The language of a content file, from its path: content/es/… is Spanish, the rest English. */
export function langOfContentFile(path: string): Lang {
  return /(?:^|[\\/])content[\\/]es[\\/]/.test(path) ? 'es' : 'en';
}

/**
 * A root-relative site path in a language: `localizePath('es', '/sections/ftca/')`
 * → `/es/sections/ftca/`. English paths are unchanged.
 */
export function localizePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean}`;
}

/** The language of a root-relative site path (without the base path), and the path without its prefix. */
export function splitLangPath(path: string): { lang: Lang; path: string } {
  const match = /^\/([a-z]{2})(\/.*|$)/.exec(path);
  if (match && isLang(match[1]) && match[1] !== DEFAULT_LANG) return { lang: match[1], path: match[2] || '/' };
  return { lang: DEFAULT_LANG, path };
}

/** Static paths for a page that exists in every language: `[...lang]` is empty for English, "es" for Spanish. */
export function langPaths(): Array<{ params: { lang: string | undefined }; props: { lang: Lang } }> {
  return LANGS.map((lang) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang }, props: { lang } }));
}
