import { to } from '../config/addresses';
import { PAGE_SIZE, resultCountText } from '../lib/search/count-text';
import { collectFilters, filterCountText } from '../lib/search/filters';
import type { FilterCounts, Pagefind, PagefindResult } from '../lib/search/pagefind-api';
import { toResultView } from '../lib/search/result-view';
import { renderResult } from './search-results';

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const list = document.querySelector<HTMLOListElement>('#search-results');
const status = document.querySelector<HTMLElement>('#search-status');
const more = document.querySelector<HTMLButtonElement>('#search-more');
let pagefind: Promise<Pagefind> | undefined;
/** The current search: its term and every result handle, of which the first `shown` are listed. */
let current = { term: '', results: [] as PagefindResult[], shown: 0 };
/** Counts each search, so that a slow earlier search cannot overwrite a later one. */
let searches = 0;
const LOAD_FAILED = 'Search could not load. Check your connection and try again.';

// Pagefind (and its WebAssembly) loads on the first search, not with the page.
// In a sub-folder, Pagefind needs the base path to write its result links; searches count
// results per filter value only once its filter index has loaded.
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ to.page('/pagefind/pagefind.js')) as Promise<Pagefind>).then(
    async (engine) => {
      await engine.options({ baseUrl: to.base });
      await engine.filters();
      return engine;
    },
  );
  return pagefind;
}

function showFilterCounts(counts: FilterCounts | undefined): void {
  for (const box of form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []) {
    const count = box.labels?.[0]?.querySelector('.filter-count');
    if (count) count.textContent = filterCountText(counts, box.name, box.value);
  }
}

// Pagefind gives every result's handle at once; each page's data is loaded only when listed.
async function listNextPage(): Promise<HTMLLIElement[]> {
  const listing = current;
  const handles = listing.results.slice(listing.shown, listing.shown + PAGE_SIZE);
  const pages = await Promise.all(handles.map((result) => result.data()));
  if (listing !== current) return [];
  const items = pages.map((data) => renderResult(toResultView(data)));
  list?.append(...items);
  current.shown += handles.length;
  if (status) status.textContent = resultCountText(current.term, current.results.length, current.shown);
  if (more) more.hidden = current.shown >= current.results.length;
  return items;
}

async function runSearch(): Promise<void> {
  if (!form || !input || !list || !status) return;
  const search = ++searches;
  const term = input.value.trim();
  const checked = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => ({
    name: box.name,
    value: box.value,
  }));
  const url = new URL(location.href);
  url.searchParams.set('q', term);
  history.replaceState(null, '', url);
  if (!term) {
    current = { term, results: [], shown: 0 };
    list.replaceChildren();
    if (more) more.hidden = true;
    showFilterCounts(undefined);
    status.textContent = 'Type a word or phrase to search the guidance.';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const engine = await loadPagefind();
    const response = await engine.search(term, { filters: collectFilters(checked) });
    if (search !== searches) return;
    current = { term, results: response.results, shown: 0 };
    list.replaceChildren();
    showFilterCounts(response.filters);
    await listNextPage();
  } catch {
    status.textContent = LOAD_FAILED;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleSearch(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void runSearch(), 200);
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch();
});
input?.addEventListener('input', scheduleSearch);
form?.addEventListener('change', scheduleSearch);
// Focus moves to the first new result, where reading carries on (the button goes once all are listed).
more?.addEventListener('click', () => {
  listNextPage()
    .then((items) => items[0]?.querySelector('a')?.focus())
    .catch(() => {
      if (status) status.textContent = LOAD_FAILED;
    });
});

const initial = new URLSearchParams(location.search).get('q');
if (input && initial) {
  input.value = initial;
  void runSearch();
}
