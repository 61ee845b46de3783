export const SITE_NAME = 'Liability Explained';
/** Longer titles are cut off in search results and browser tabs. */
export const MAX_TITLE = 70;

/** The <title>: "Section · Liability Explained", or the section title alone when that would be too long. */
export function pageTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const full = `${title} · ${SITE_NAME}`;
  return full.length <= MAX_TITLE ? full : title;
}

/** A crumb in the breadcrumb trail: its name and absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** JSON-LD for a page: a BreadcrumbList always, and an Article for a section. */
export function structuredData(page: {
  title: string;
  description: string;
  url: string;
  crumbs: readonly Crumb[];
  article?: { currentAsOf: Date; lastReviewed: Date } | undefined;
  /** BCP 47 language of the page, e.g. "en-US" or "es-US". */
  inLanguage?: string;
}): object[] {
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: page.crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
  if (page.article === undefined) return [breadcrumbs];
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: page.title,
      description: page.description,
      url: page.url,
      mainEntityOfPage: page.url,
      inLanguage: page.inLanguage ?? 'en-US',
      datePublished: page.article.currentAsOf.toISOString().slice(0, 10),
      dateModified: page.article.lastReviewed.toISOString().slice(0, 10),
      isAccessibleForFree: true,
      publisher: { '@type': 'Organization', name: 'Liability Explained' },
    },
    breadcrumbs,
  ];
}

/** Serialises JSON-LD for a <script type="application/ld+json">, safe against "</script>" in text. */
export function jsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
