import type { Element, ElementContent, Properties } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';

/**
 * Options for `rehype-autolink-headings`: every h2 and h3 gets a visible
 * "link to this section" control placed after the heading (not inside it, so the
 * heading's own text, the table of contents and search results stay clean).
 *
 * ```html
 * <h2 id="who-pays">Who pays</h2>
 * ```
 * becomes
 * ```html
 * <div class="heading"><h2 id="who-pays">Who pays</h2><a href="#who-pays" class="heading-link"
 *   aria-label="Link to this section: Who pays" data-pagefind-ignore>#</a></div>
 * ```
 */
export const headingLinkOptions: Options = {
  behavior: 'after',
  test: ['h2', 'h3'],
  group: (heading: Readonly<Element>): ElementContent => ({
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading', `heading-${heading.tagName}`] },
    children: [],
  }),
  properties: (heading: Readonly<Element>): Properties => ({
    className: ['heading-link'],
    ariaLabel: `Link to this section: ${toString(heading as Element).trim()}`,
    dataPagefindIgnore: '',
  }),
  content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
};
