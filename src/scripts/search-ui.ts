/**
 * The search box and results, shared by the modal and the /search/ page.
 * Pagefind (its script, WebAssembly and index) loads as soon as the reader
 * shows intent (see search-trigger.ts) and at the latest when the box opens;
 * each keystroke fetches the index chunks for what is typed so far, so the
 * search that runs when typing pauses has everything it needs.
 * Results are plain links in a list; arrow keys move between them and the box,
 * Enter follows the focused link, and a live region announces the count.
 */
import { searchStrings } from '../i18n/search';
import { isFillerWord, searchQuery, withHighlight } from '../lib/search/query';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Array<{ weight: number; balanced_score: number }>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  data: () => Promise<PagefindData>;
}
type Filters = Record<string, string[]>;
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (query: string, options?: { filters?: Filters }) => Promise<void>;
  search: (query: string, options?: { filters?: Filters }) => Promise<{ results: PagefindResult[] } | null>;
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
/** The page's language: Pagefind searches that language's index, and the box speaks it. */
const lang = document.documentElement.lang || 'en';
const words = searchStrings(lang);
/** Links into the site in the page's language. */
const home = lang === 'en' ? base : `${base}${lang}/`;
/** How long typing must pause before results are shown (index chunks load meanwhile). */
const PAUSE_MS = 90;
/** Results shown at once; the rest are one "Show more" away, never silently cut. */
const PAGE_SIZE = 8;
let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once and starts its WebAssembly and index metadata at once,
 * rather than on the first query. The URL is built at run time so the bundler
 * leaves it alone.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Ranking, tuned for short legal pages where a section's own subject words
    // (its aliases) matter more than the authorities it merely cites:
    // - metaWeights: aliases count like a heading, cited sources' short names
    //   like a mention, titles highest;
    // - termFrequency below the default so one page repeating "Bivens" twenty
    //   times does not bury the page defined by it;
    // - pageLength kept moderate: our sections vary from 500 to 1,800 words.
    // noWorker: on a 23-page index a query takes milliseconds, and a worker
    // would cost a second copy of Pagefind (43 kB) and a start-up on the first query.
    await pagefind.options({
      baseUrl: base,
      noWorker: true,
      ranking: { termFrequency: 0.6, pageLength: 0.5, metaWeights: { title: 10, aliases: 8, sources: 2 } },
    });
    void pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, say) is tried again on the next query.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Starts loading search ahead of use; errors surface on the first query instead. */
export function prepareSearch(): void {
  loadPagefind().catch(() => undefined);
}

/** Only text: Pagefind excerpts contain <mark> tags around matches and nothing else we keep. */
function excerptNode(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') {
      const text = decodeEntities(part);
      // A filler word ("the", "can") is never worth the reader's eye.
      if (marked && !isFillerWord(text, lang)) {
        const mark = document.createElement('mark');
        mark.textContent = text;
        fragment.append(mark);
      } else fragment.append(text);
    }
  }
  return fragment;
}

function decodeEntities(text: string): string {
  const textarea = document.createElement('textarea');
  textarea.innerHTML = text;
  return textarea.value;
}

const weight = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

export interface SearchUi {
  input: HTMLInputElement;
  run: (query: string) => Promise<void>;
}

/** Filter names in the index and how the /search/ page labels them. */
const FILTER_LABELS = words.filters;
/** Offered when nothing matches: words the sections use, one tap away. */
const SUGGESTIONS = words.suggestions;

/**
 * Builds the search UI inside `root`. `onQuery` is told each query and filter
 * choice (the /search/ page mirrors them in the URL); `filters` adds topic and
 * source-kind filters, with the values asked for (kept only if the index has them).
 */
export function mountSearch(
  root: HTMLElement,
  options: { idPrefix: string; onQuery?: (query: string, filters: Record<string, string>) => void; filters?: Record<string, string> },
): SearchUi {
  const { idPrefix, onQuery } = options;
  // Every filter starts at "Any", so a value the index lacks is also dropped from the URL.
  const chosen: Record<string, string> = Object.fromEntries(Object.keys(options.filters ?? {}).map((name) => [name, '']));
  root.classList.add('search');
  const label = document.createElement('label');
  label.htmlFor = `${idPrefix}-input`;
  label.textContent = words.label;
  const input = document.createElement('input');
  input.type = 'search';
  input.id = `${idPrefix}-input`;
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.maxLength = 5000;
  input.setAttribute('enterkeyhint', 'search');
  input.setAttribute('aria-describedby', `${idPrefix}-hint`);
  const hint = document.createElement('p');
  hint.id = `${idPrefix}-hint`;
  hint.className = 'search-hint';
  const keys = document.createElement('span');
  // Hidden on touch screens (search.css), where there are no arrow keys.
  keys.className = 'search-hint-keys';
  keys.textContent = words.hintKeys;
  hint.append(words.hint, keys);
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'search-results';
  list.setAttribute('aria-label', words.results);
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.hidden = true;
  const empty = document.createElement('div');
  empty.className = 'search-empty';
  empty.hidden = true;
  root.append(label, input, hint);
  let filtersReady: Promise<void> | undefined;
  if (options.filters !== undefined) {
    const controls = filterControls(idPrefix, chosen, options.filters, () => void run(input.value));
    root.append(controls.fieldset);
    // Values asked for in the URL are checked against the index before they are shown or applied.
    if (Object.values(options.filters).some((value) => value !== '')) filtersReady = controls.fill().then(() => onQuery?.(input.value, chosen));
    else root.addEventListener('search-ran', () => void controls.fill(), { once: true });
  }
  root.append(status, list, more, empty);

  const activeFilters = (): Filters => Object.fromEntries(Object.entries(chosen).filter(([, value]) => value !== '').map(([name, value]) => [name, [value]]));
  let latest = 0;
  let rest: PagefindResult[] = [];
  let shownFor = '';

  const showMore = async () => {
    const ticket = latest;
    const batch = rest.slice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (ticket !== latest) return;
    rest = rest.slice(batch.length);
    const items = data.map((item) => renderResult(item, shownFor));
    list.append(...items);
    updateMore();
    return items[0]?.querySelector('a');
  };
  const updateMore = () => {
    more.hidden = rest.length === 0;
    more.textContent = words.more(Math.min(rest.length, PAGE_SIZE), rest.length);
  };
  more.addEventListener('click', () => void showMore().then((first) => first?.focus()));

  const run = async (raw: string) => {
    const ticket = ++latest;
    onQuery?.(raw, chosen);
    const query = searchQuery(raw, lang);
    rest = [];
    if (query === '') {
      list.replaceChildren();
      updateMore();
      empty.hidden = true;
      status.textContent = raw.trim() === '' ? '' : words.typeAWord;
      return;
    }
    status.textContent = words.searching;
    root.dispatchEvent(new Event('search-ran'));
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
      await filtersReady;
    } catch {
      status.textContent = words.failed;
      return;
    }
    const response = await pagefind.search(query, { filters: activeFilters() });
    if (ticket !== latest) return;
    const results = response?.results ?? [];
    const first = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (ticket !== latest) return;
    shownFor = raw;
    rest = results.slice(PAGE_SIZE);
    list.replaceChildren(...first.map((data) => renderResult(data, raw)));
    updateMore();
    empty.hidden = results.length > 0;
    if (results.length === 0) fillEmpty(empty, raw, (suggestion) => {
      input.value = suggestion;
      input.focus();
      void run(suggestion);
    });
    const count = results.length;
    status.textContent = count === 0 ? words.none(raw.trim().slice(0, 60)) : words.found(count);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // Fetch the index chunks for what is typed so far while typing goes on.
    const query = searchQuery(input.value, lang);
    if (query !== '') void loadPagefind().then(async (pagefind) => pagefind.preload(query, { filters: activeFilters() })).catch(() => undefined);
    timer = setTimeout(() => void run(input.value), PAUSE_MS);
  });
  root.addEventListener('keydown', (event) => moveFocus(event, input, list, more));
  return { input, run };
}

function renderResult(data: PagefindData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = withHighlight(data.url, query, 'highlight', lang);
  link.className = 'search-result-title';
  link.textContent = data.meta.title ?? data.url;
  // The excerpt comes from the section's opening (its title and summary, written
  // to answer first) when the words are there, else from the part that matches
  // best, rather than from wherever the page as a whole matched most.
  const opening = data.sub_results.find((sub) => !sub.url.includes('#'));
  const best = opening && weight(opening) > 0 ? opening : [...data.sub_results].sort((a, b) => weight(b) - weight(a))[0];
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(excerptNode(best && weight(best) > 0 ? best.excerpt : data.excerpt));
  item.append(link, excerpt);
  // Up to three headings that match best, in the order they appear on the page.
  const anchored = data.sub_results.filter((sub) => sub.url.includes('#'));
  const top = new Set([...anchored].sort((a, b) => weight(b) - weight(a)).slice(0, 3));
  const subs = anchored.filter((sub) => top.has(sub));
  if (subs.length > 0) {
    const sublist = document.createElement('ul');
    sublist.className = 'search-subresults';
    for (const sub of subs) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = withHighlight(sub.url, query, 'highlight', lang);
      subLink.textContent = sub.title;
      subItem.append(subLink);
      if (sub !== best) {
        const subExcerpt = document.createElement('p');
        subExcerpt.className = 'search-excerpt';
        subExcerpt.append(excerptNode(sub.excerpt));
        subItem.append(subExcerpt);
      }
      sublist.append(subItem);
    }
    item.append(sublist);
  }
  return item;
}

/** The no-results state: words that do match, and where to browse instead. */
function fillEmpty(empty: HTMLElement, raw: string, onSuggestion: (query: string) => void): void {
  const tip = document.createElement('p');
  tip.textContent = raw.trim().includes(' ') ? words.fewerWords : words.spelling;
  const suggestions = document.createElement('ul');
  suggestions.className = 'search-suggestions';
  for (const word of SUGGESTIONS) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = word;
    button.addEventListener('click', () => onSuggestion(word));
    item.append(button);
    suggestions.append(item);
  }
  const browse = document.createElement('p');
  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });
  const [or, sections, the, glossary, orThe, sources, stop] = words.browse;
  browse.append(or ?? '', link(`${home}#sections`, sections ?? ''), the ?? '', link(`${home}sections/glossary/`, glossary ?? ''), orThe ?? '', link(`${home}sources/`, sources ?? ''), stop ?? '');
  empty.replaceChildren(tip, suggestions, browse);
}

/** Arrow keys move between the box, every result link and the "Show more" button, in reading order. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement, more: HTMLButtonElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const targets: HTMLElement[] = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  if (!more.hidden) targets.push(more);
  if (targets.length === 0) return;
  const active = document.activeElement;
  const index = active instanceof HTMLElement ? targets.indexOf(active) : -1;
  if (index === -1 && active !== input) return;
  event.preventDefault();
  if (event.key === 'ArrowDown') (targets[Math.min(index + 1, targets.length - 1)] ?? targets[0])?.focus();
  else if (index <= 0) input.focus();
  else targets[index - 1]?.focus();
}

/**
 * Topic and source-kind filters as plain selects. Their choices come only from
 * the index (Pagefind's `filters()`): a value asked for in the URL that the
 * index does not have is neither shown nor applied.
 */
function filterControls(idPrefix: string, chosen: Record<string, string>, requested: Record<string, string>, onChange: () => void): { fieldset: HTMLElement; fill: () => Promise<void> } {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'search-filters';
  const legend = document.createElement('legend');
  legend.textContent = words.narrow;
  fieldset.append(legend);
  const selects = Object.entries(FILTER_LABELS).map(([name, text]) => {
    const wrapper = document.createElement('div');
    const label = document.createElement('label');
    label.htmlFor = `${idPrefix}-filter-${name}`;
    label.textContent = text;
    const select = document.createElement('select');
    select.id = `${idPrefix}-filter-${name}`;
    select.append(new Option(words.any, ''));
    select.addEventListener('change', () => {
      chosen[name] = select.value;
      onChange();
    });
    wrapper.append(label, select);
    fieldset.append(wrapper);
    return [name, select] as const;
  });
  let filling: Promise<void> | undefined;
  const fill = () =>
    (filling ??= loadPagefind()
      .then((pagefind) => pagefind.filters())
      .then((available) => {
        for (const [name, select] of selects) {
          const values = Object.keys(available[name] ?? {}).sort();
          select.append(...values.map((value) => new Option(value, value)));
          const asked = requested[name] ?? '';
          if (values.includes(asked)) chosen[name] = asked;
          select.value = chosen[name] ?? '';
        }
      })
      .catch(() => fieldset.remove()));
  // The choices need the index, so they load when the reader reaches for them.
  for (const [, select] of selects) {
    select.addEventListener('focus', () => void fill());
    select.addEventListener('pointerdown', () => void fill());
  }
  return { fieldset, fill };
}
