/**
 * Joins the site's base path and a root-relative path, so the site works when
 * served from a sub-folder (`/explainer/`) as well as from the domain root.
 * `withBase('/explainer', 'sources/')` → `/explainer/sources/`.
 */
export function withBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** Adds the base path to a root-relative link (`/x`); leaves `//host`, `#id`, `https:` and already-based links alone. */
export function prefixBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const head = withBase(base);
  if (head === '/' || href.startsWith(head)) return href;
  return withBase(head, href);
}
