import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { langPaths, LOCALES, type Lang } from '../../i18n/languages';
import { hrefIn, ui } from '../../i18n/ui';
import { localizedSections } from '../../lib/localized';
import { withBase } from '../../lib/paths';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;

/**
 * The corrections log as an RSS feed, one per language, linked from every page's
 * <head>, so a lawyer or reporter who relied on a page hears when it changes. The
 * log is validated on the corrections page, which every build renders.
 */
export const GET: APIRoute = async (context) => {
  const lang = context.props['lang'] as Lang;
  const t = ui(lang);
  const site = context.site ?? new URL('http://127.0.0.1:4321');
  const base = import.meta.env.BASE_URL;
  const titles = new Map(localizedSections(await getCollection('sections'), await getCollection('translations'), lang).map((section) => [section.slug, section.title]));
  // Newest first: by day, then by place in the log (a later entry of the same day is newer).
  const changes = (await getCollection('changes')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || b.data.line - a.data.line);
  return rss({
    title: t.feedTitle,
    description: t.feedDescription,
    site: new URL(withBase(base), site).href,
    items: changes.map(({ id, data }) => {
      const words = lang === 'es' && data.es ? data.es : data;
      return {
        title: `${t.corrections.kinds[data.kind]}: ${titles.get(data.section) ?? data.section}`,
        link: `${hrefIn(base, lang, 'corrections/')}#${id}`,
        pubDate: data.date,
        description: `${words.what} ${t.corrections.why} ${words.why}`,
      };
    }),
    customData: `<language>${LOCALES[lang].toLowerCase()}</language>`,
    // Links carry a #fragment after the page's own trailing slash; do not add another.
    trailingSlash: false,
  });
};
