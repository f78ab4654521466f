import { to } from '../config/addresses';
import { parseExcerpt } from '../lib/search/excerpt';
import { collectFilters } from '../lib/search/filters';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(term: string, options: { filters: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const list = document.querySelector<HTMLOListElement>('#search-results');
const status = document.querySelector<HTMLElement>('#search-status');
let pagefind: Promise<Pagefind> | undefined;

// Pagefind (and its WebAssembly) loads on the first search, not with the page.
// In a sub-folder, Pagefind needs the base path to write its result links.
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ to.page('/pagefind/pagefind.js')) as Promise<Pagefind>).then(
    async (engine) => {
      await engine.options({ baseUrl: to.base });
      return engine;
    },
  );
  return pagefind;
}

function renderResult(result: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  for (const part of parseExcerpt(result.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(heading, excerpt);
  return item;
}

async function runSearch(): Promise<void> {
  if (!form || !input || !list || !status) return;
  const term = input.value.trim();
  const checked = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => ({
    name: box.name,
    value: box.value,
  }));
  const url = new URL(location.href);
  url.searchParams.set('q', term);
  history.replaceState(null, '', url);
  if (!term) {
    list.replaceChildren();
    status.textContent = 'Type a word or phrase to search the guidance.';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const engine = await loadPagefind();
    const { results } = await engine.search(term, { filters: collectFilters(checked) });
    const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...shown.map(renderResult));
    status.textContent =
      results.length === 0
        ? `No results for “${term}”.`
        : `${results.length} result${results.length === 1 ? '' : 's'} for “${term}”.`;
  } catch {
    status.textContent = 'Search could not load. Check your connection and try again.';
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

const initial = new URLSearchParams(location.search).get('q');
if (input && initial) {
  input.value = initial;
  void runSearch();
}
