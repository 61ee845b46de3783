/**
 * The search box and results, shared by the modal and the /search/ page.
 * Pagefind (its script, WebAssembly and index) is loaded on first use only.
 * Results are plain links in a list; arrow keys move between them and the box,
 * Enter follows the focused link, and a live region announces the count.
 */
import { normalizeQuery, relaxQuery, withHighlight } from '../lib/search/query';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
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
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string, options?: { filters?: Filters }) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (query: string, options?: Record<string, unknown>, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once. The URL is built at run time so the bundler leaves it alone. */
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
    await pagefind.options({
      baseUrl: base,
      ranking: { termFrequency: 0.6, pageLength: 0.5, metaWeights: { title: 10, aliases: 8, sources: 2 } },
    });
    return pagefind;
  })();
  return loading;
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
      const text = document.createTextNode(decodeEntities(part));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
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

export interface SearchUi {
  input: HTMLInputElement;
  run: (query: string) => Promise<void>;
}

/** Filter names in the index and how the /search/ page labels them. */
const FILTER_LABELS: Record<string, string> = { topic: 'Topic', cites: 'Cites' };

/**
 * Builds the search UI inside `root`. `onQuery` is told each query and filter
 * choice (the /search/ page mirrors them in the URL); `filters` adds topic and
 * source-kind filters, with their initial values.
 */
export function mountSearch(
  root: HTMLElement,
  options: { idPrefix: string; onQuery?: (query: string, filters: Record<string, string>) => void; filters?: Record<string, string> },
): SearchUi {
  const { idPrefix, onQuery } = options;
  const chosen: Record<string, string> = { ...options.filters };
  root.classList.add('search');
  const label = document.createElement('label');
  label.htmlFor = `${idPrefix}-input`;
  label.textContent = 'Search the explainer';
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
  hint.textContent = 'Try "FTCA", "deadline", "Bivens" or "§ 1983". Use the arrow keys to move through results.';
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'search-results';
  list.setAttribute('aria-label', 'Search results');
  root.append(label, input, hint);
  if (options.filters !== undefined) root.append(filterControls(idPrefix, chosen, () => void run(input.value)));
  root.append(status, list);

  let latest = 0;
  const run = async (raw: string) => {
    const ticket = ++latest;
    onQuery?.(raw, chosen);
    const query = normalizeQuery(raw);
    if (query === '') {
      list.replaceChildren();
      status.textContent = raw.trim() === '' ? '' : 'Type a word to search for.';
      return;
    }
    status.textContent = 'Searching…';
    root.querySelector('.search-filters')?.dispatchEvent(new Event('search-ran'));
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      status.textContent = 'Search could not load. Browse the list of sections instead.';
      return;
    }
    const filters: Filters = Object.fromEntries(Object.entries(chosen).filter(([, value]) => value !== '').map(([name, value]) => [name, [value]]));
    let response = await pagefind.search(query, { filters });
    const relaxed = relaxQuery(query);
    // Every word must match in Pagefind; retry without everyday words before giving up.
    if ((response?.results.length ?? 0) === 0 && relaxed !== null) response = await pagefind.search(relaxed, { filters });
    if (ticket !== latest) return;
    const results = await Promise.all((response?.results ?? []).slice(0, 8).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...results.map((data) => renderResult(data, raw)));
    const count = response?.results.length ?? 0;
    status.textContent = count === 0 ? `No sections match “${raw.trim().slice(0, 60)}”.` : `${count} section${count === 1 ? '' : 's'} found.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 150);
  });
  root.addEventListener('keydown', (event) => moveFocus(event, input, list));
  return { input, run };
}

function renderResult(data: PagefindData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = withHighlight(data.url, query);
  link.className = 'search-result-title';
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(excerptNode(data.excerpt));
  item.append(link, excerpt);
  const subs = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
  if (subs.length > 0) {
    const sublist = document.createElement('ul');
    sublist.className = 'search-subresults';
    for (const sub of subs) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = withHighlight(sub.url, query);
      subLink.textContent = sub.title;
      const subExcerpt = document.createElement('p');
      subExcerpt.className = 'search-excerpt';
      subExcerpt.append(excerptNode(sub.excerpt));
      subItem.append(subLink, subExcerpt);
      sublist.append(subItem);
    }
    item.append(sublist);
  }
  return item;
}

/** Arrow keys move between the box and every result link, in reading order. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  if (links.length === 0) return;
  const active = document.activeElement;
  const index = active instanceof HTMLAnchorElement ? links.indexOf(active) : -1;
  event.preventDefault();
  if (event.key === 'ArrowDown') (links[Math.min(index + 1, links.length - 1)] ?? links[0])?.focus();
  else if (index <= 0) input.focus();
  else links[index - 1]?.focus();
}

/** Topic and source-kind filters as plain selects, filled from the index once it loads. */
function filterControls(idPrefix: string, chosen: Record<string, string>, onChange: () => void): HTMLElement {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'search-filters';
  const legend = document.createElement('legend');
  legend.textContent = 'Narrow the results';
  fieldset.append(legend);
  const selects = Object.entries(FILTER_LABELS).map(([name, text]) => {
    const wrapper = document.createElement('div');
    const label = document.createElement('label');
    label.htmlFor = `${idPrefix}-filter-${name}`;
    label.textContent = text;
    const select = document.createElement('select');
    select.id = `${idPrefix}-filter-${name}`;
    select.append(new Option('Any', ''));
    select.addEventListener('change', () => {
      chosen[name] = select.value;
      onChange();
    });
    wrapper.append(label, select);
    fieldset.append(wrapper);
    return [name, select] as const;
  });
  // The choices come from the index, so fill them only when the reader reaches
  // for the filters or searches: the page itself loads nothing heavy.
  let filled = false;
  const fill = () => {
    if (filled) return;
    filled = true;
    void loadPagefind()
      .then((pagefind) => pagefind.filters())
      .then((available) => {
        for (const [name, select] of selects) {
          for (const value of Object.keys(available[name] ?? {}).sort()) if (value !== chosen[name]) select.append(new Option(value, value));
          select.value = chosen[name] ?? '';
        }
      })
      .catch(() => fieldset.remove());
  };
  for (const [name, select] of selects) {
    // A filter chosen in the URL shows at once, before the index loads.
    if (chosen[name]) select.append(new Option(chosen[name] ?? '', chosen[name] ?? ''));
    select.value = chosen[name] ?? '';
    select.addEventListener('focus', fill);
    select.addEventListener('pointerdown', fill);
  }
  fieldset.addEventListener('search-ran', fill);
  return fieldset;
}
