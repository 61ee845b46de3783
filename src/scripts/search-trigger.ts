/**
 * The only script on reading pages (about 1 kB of our own). It waits for the
 * reader: "/" or Ctrl/Cmd+K, or a click on the header's Search link, opens the
 * search modal. Its code and index start loading a little earlier, when the
 * reader shows intent (a pointer over the Search link, a touch on it or focus
 * on it), so they are ready by the time the first word is typed. Without
 * JavaScript the Search link simply goes to the /search/ page. When a page is
 * opened from a search result (?highlight=…), it loads Pagefind's highlighter.
 * It also lets the language link take the reader to the same part of the page.
 */
let dialog: Promise<typeof import('./search-dialog')> | undefined;
const load = () => (dialog ??= import('./search-dialog'));

const open = async (opener: Element | null) => (await load()).openSearchDialog(opener);

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const searchLink = (event: Event) => (event.target instanceof Element ? event.target.closest('a[data-search-open]') : null);

for (const type of ['pointerover', 'touchstart', 'focusin']) {
  document.addEventListener(type, (event) => {
    if (searchLink(event)) void load().then((module) => module.prepareSearch());
  }, { passive: true });
}

document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  if (!shortcut && !slash) return;
  if (document.querySelector('dialog.search-dialog[open]')) return;
  event.preventDefault();
  void open(document.activeElement);
});

document.addEventListener('click', (event) => {
  const link = searchLink(event);
  // The /search/ page has its own box; elsewhere the link opens the modal.
  if (link === null || document.querySelector('[data-search-page]')) return;
  event.preventDefault();
  void open(link);
});

// The language link keeps the reader's place: translated headings share the English
// anchors, so the part being read (the last heading above the top of the screen) is the
// same id there. The header is not sticky, so a reader scrolls back up to reach the link:
// the part is also noted each time a heading leaves the top while reading down.
const PARTS = 'main h2[id], main h3[id]';
const partAbove = () => [...document.querySelectorAll(PARTS)].filter((heading) => heading.getBoundingClientRect().top < 96).at(-1)?.id;
let lastPart: string | undefined;
const reading = new IntersectionObserver((entries) => {
  if (entries.some((entry) => !entry.isIntersecting && entry.boundingClientRect.top < 0)) lastPart = partAbove() ?? lastPart;
});
for (const heading of document.querySelectorAll(PARTS)) reading.observe(heading);
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-lang-switch]') : null;
  const id = link && (partAbove() ?? lastPart ?? location.hash.slice(1));
  if (link && id) link.hash = id;
});

if (new URLSearchParams(location.search).has('highlight')) {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  void import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({ highlightParam: 'highlight', addStyles: false, markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] } });
  });
}
