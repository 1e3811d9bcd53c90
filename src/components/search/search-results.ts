import { AppElement, readParam } from '../../scripts/app-element.ts';
import { searchText as t } from '../../i18n/zh-CN/search.ts';
import { expandQuery, fuseRankings } from '../../lib/search.ts';

interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Result {
  id: string;
  data(): Promise<Fragment>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: Result[] }>;
}

const SHOWN = 10;
const FILTERS = ['type', 'topic'] as const;
const segmenter = 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;
const segment = (text: string) => (segmenter ? [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment) : [text]);

/**
 * The search page: reads ?q= (and ?type=, ?topic=), expands the query with the synonym table
 * (src/lib/search.ts), asks Pagefind for each word, merges the lists and shows them with type labels,
 * filters and an instant answer for emergencies.
 */
class Search extends AppElement {
  #pagefindPath = this.attribute('data-pagefind-path');
  #status = this.required('.app-search__status');
  #list = this.required<HTMLOListElement>('.app-search__results');
  #filters = this.required<HTMLFormElement>('.app-search__filters');
  #types = this.all<HTMLInputElement>('input[name="type"]');
  #topic = this.required<HTMLSelectElement>('select[name="topic"]');
  #instant = this.required('.app-search__instant');
  #pagefind: Promise<Pagefind> | undefined;
  #run = 0;

  protected start() {
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    document.querySelectorAll<HTMLInputElement>('input[name="q"]').forEach((input) => (input.value = query));
    // Only values the filters offer: anything else in the address leaves them at "all".
    const type = readParam('type', this.#types.map((radio) => radio.value));
    const checked = this.#types.find((radio) => radio.value === type);
    if (checked) checked.checked = true;
    this.#topic.value = readParam('topic', [...this.#topic.options].map((option) => option.value)) ?? '';
    this.#filters.addEventListener('change', () => void this.#search(query, true));
    this.addEventListener('keydown', (event) => this.#onKey(event));
    document.querySelector<HTMLInputElement>('#page-search-q')?.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.#links()[0]?.focus();
      }
    });
    if (query) void this.#search(query, false);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ this.#pagefindPath).then(async (pagefind: Pagefind) => {
      await pagefind.options({ excerptLength: 40 });
      return pagefind;
    });
    // A failed load (offline) is tried again at the next search.
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }

  async #search(query: string, fromFilters: boolean) {
    const run = ++this.#run;
    const form = new FormData(this.#filters);
    const filters: Record<string, string> = {};
    const url = new URL(location.href);
    for (const name of FILTERS) {
      const value = String(form.get(name) ?? '');
      if (value) filters[name] = value;
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    if (fromFilters) history.replaceState(null, '', url);
    const expanded = expandQuery(query, segment);
    // ?plain=1 searches exactly as Pagefind alone would: for measuring what the expansion adds.
    if (url.searchParams.has('plain')) Object.assign(expanded, { terms: [], first: [] });
    this.#showInstantAnswer(expanded.urgent[0]);
    this.#say(t.loading);
    // Offline with the search index not saved, or a download that stalls: say so within 3 s, never spin.
    const stalled = window.setTimeout(() => run === this.#run && !navigator.onLine && this.#say(t.offline), 3000);
    try {
      await this.#find(run, query, expanded, filters);
    } catch {
      if (run === this.#run) this.#say(t.offline);
    } finally {
      window.clearTimeout(stalled);
    }
  }

  async #find(run: number, query: string, expanded: ReturnType<typeof expandQuery>, filters: Record<string, string>) {
    const pagefind = await this.#load();
    // The query as typed, then each known word on its own (so a split that Pagefind gets wrong can
    // never lose a page), then the pages the table says belong first.
    const lists = await Promise.all([
      pagefind.search(expanded.query, { filters }).then((found) => ({ ids: found.results, weight: 2 })),
      ...expanded.terms.map((term) => pagefind.search(term, { filters }).then((found) => ({ ids: found.results, weight: 1 }))),
    ]);
    const firsts = await Promise.all(expanded.first.map((key) => pagefind.search(null, { filters: { ...filters, key } }).then((found) => found.results)));
    const byId = new Map<string, Result>();
    // A page found by the words carries highlighted excerpts; prefer it over the same page found by key.
    for (const result of [...firsts.flat(), ...lists.flatMap((list) => list.ids)]) byId.set(result.id, result);
    const fused = fuseRankings(lists.map((list) => ({ ids: list.ids.map((result) => result.id), weight: list.weight })));
    const order = [...new Set([...firsts.flat().map((result) => result.id), ...fused])];
    const fragments = await Promise.all(order.slice(0, SHOWN).flatMap((id) => byId.get(id) ?? []).map((result) => result.data()));
    if (run !== this.#run) return;
    this.#filters.hidden = false;
    this.#say(fragments.length > 0 ? t.count(order.length) : t.noResults(query));
    this.#render(fragments);
    document.querySelector('.app-search-fallback')?.toggleAttribute('hidden', fragments.length > 0);
  }

  /** The urgent topic's card, drawn by the server as a template (InstantAnswers.astro). */
  #showInstantAnswer(topic: string | undefined) {
    const template = topic ? this.optional<HTMLTemplateElement>(`template[data-urgent="${topic}"]`) : null;
    this.#instant.replaceChildren(...(template ? [template.content.cloneNode(true)] : []));
  }

  #say(message: string) {
    this.#status.textContent = message;
  }

  #render(results: Fragment[]) {
    this.#list.replaceChildren(
      ...results.map((result) => {
        const item = this.fromTemplate('.app-search__result');
        const type = result.meta['type'] ?? '';
        this.required('.app-badge', item).textContent = (Object.hasOwn(t.types, type) ? t.types[type] : undefined) ?? t.types['page'] ?? '';
        const link = this.required<HTMLAnchorElement>('a', item);
        link.href = result.url;
        link.textContent = result.meta['title'] ?? result.url;
        // Pagefind escapes the page text and adds only <mark> around the matched words.
        this.required('p', item).innerHTML = result.excerpt;
        return item;
      }),
    );
  }

  #links() {
    return [...this.#list.querySelectorAll<HTMLAnchorElement>('a')];
  }

  /** Arrow keys move through the results; Escape goes back to the search box. */
  #onKey(event: KeyboardEvent) {
    const links = this.#links();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      links[Math.max(0, Math.min(links.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    } else if (event.key === 'Escape') {
      document.querySelector<HTMLInputElement>('#page-search-q')?.focus();
    }
  }
}
customElements.define('app-search', Search);
