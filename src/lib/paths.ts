/**
 * Joins the site's base path and a root-relative path, so the site works when
 * served from a sub-folder (`/explainer/`) as well as from the domain root.
 * `withBase('/explainer', 'sources/')` → `/explainer/sources/`.
 */
export function withBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}
