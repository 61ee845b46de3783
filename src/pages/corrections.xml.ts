import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { withBase } from '../lib/paths';
import { SITE_NAME } from '../lib/seo';
import { CHANGE_KINDS } from '../schemas/change';

/**
 * The corrections log as an RSS feed, linked from every page's <head>, so a
 * lawyer or reporter who relied on a page hears when it changes. The log is
 * validated on the corrections page, which every build renders.
 */
export const GET: APIRoute = async (context) => {
  const site = context.site ?? new URL('http://127.0.0.1:4321');
  const base = import.meta.env.BASE_URL;
  const titles = new Map((await getCollection('sections')).map((entry) => [entry.data.slug, entry.data.title]));
  // Newest first: by day, then by place in the log (a later entry of the same day is newer).
  const changes = (await getCollection('changes')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || b.data.line - a.data.line);
  return rss({
    title: `${SITE_NAME}: corrections and updates`,
    description: 'Every correction and update to the explainer, with the reason and the sources.',
    site: new URL(withBase(base), site).href,
    items: changes.map(({ id, data }) => ({
      title: `${CHANGE_KINDS[data.kind]}: ${titles.get(data.section) ?? data.section}`,
      link: withBase(base, `corrections/#${id}`),
      pubDate: data.date,
      description: `${data.what} Why: ${data.why}`,
    })),
    customData: '<language>en-us</language>',
    // Links carry a #fragment after the page's own trailing slash; do not add another.
    trailingSlash: false,
  });
};
