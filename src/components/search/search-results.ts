import { AppElement, readParam } from '../../scripts/app-element.ts';
import { searchText as t } from '../../i18n/zh-CN/search.ts';
import { bodyExcerpt, expandQuery, fuseRankings, matchQuestion, MAX_QUERY_LENGTH, type AskQuestion, type ExcerptSource } from '../../lib/search.ts';

interface Fragment extends ExcerptSource {
  url: string;
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

/**
 * Results drawn at once: each needs its own fragment file (5–10 KB), so on a slow network the first few come
 * first and the rest when the reader scrolls towards them (or presses 「显示更多结果」).
 */
const FIRST = 3;
const BATCH = 7;
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
  #ask = this.required('.app-search__ask');
  #more = this.required('.app-search__more');
  #pagefind: Promise<Pagefind> | undefined;
  #run = 0;
  /** Results found but not drawn yet, and how to draw the next batch. */
  #pending: Result[] = [];
  #observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && void this.#showMore(), { rootMargin: '400px' })
      : undefined;

  protected start() {
    // A pasted page of text is cut to the length the search box allows, in the address too.
    const typed = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const query = [...typed].slice(0, MAX_QUERY_LENGTH).join('').trim();
    if (query !== typed) {
      const url = new URL(location.href);
      url.searchParams.set('q', query);
      history.replaceState(null, '', url);
    }
    document.querySelectorAll<HTMLInputElement>('input[name="q"]').forEach((input) => (input.value = query));
    // Only values the filters offer: anything else in the address leaves them at "all".
    const type = readParam(
      'type',
      this.#types.map((radio) => radio.value),
    );
    const checked = this.#types.find((radio) => radio.value === type);
    if (checked) checked.checked = true;
    this.#topic.value =
      readParam(
        'topic',
        [...this.#topic.options].map((option) => option.value),
      ) ?? '';
    this.#filters.addEventListener('change', () => void this.#search(query, true));
    this.addEventListener('keydown', (event) => this.#onKey(event));
    document.querySelector<HTMLInputElement>('#page-search-q')?.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.#links()[0]?.focus();
      }
    });
    this.required('button', this.#more).addEventListener('click', () => void this.#showMore());
    if (query) {
      void this.#showQuestion(query);
      void this.#search(query, false);
    }
  }

  /** A consultation-desk question the query asks closely: its answer above the results, before the index loads. */
  async #showQuestion(query: string) {
    try {
      const response = await fetch(this.attribute('data-ask-path'));
      const question = matchQuestion(query, (await response.json()) as AskQuestion[]);
      if (!question) return;
      const card = this.fromTemplate('.app-search__ask-answer');
      const link = this.required<HTMLAnchorElement>('a', card);
      link.href = `${this.attribute('data-ask-page')}${question.id}/`;
      link.textContent = question.q;
      this.required('.app-instant__answer', card).textContent = question.a;
      this.#ask.replaceChildren(card);
    } catch {
      // Offline without the saved file: the search results still come.
    }
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
    const order = [...new Set([...firsts.flat().map((result) => result.id), ...fused])].flatMap((id) => byId.get(id) ?? []);
    const fragments = await Promise.all(order.slice(0, FIRST).map((result) => result.data()));
    if (run !== this.#run) return;
    this.#filters.hidden = false;
    this.#say(fragments.length > 0 ? t.count(order.length) : t.noResults(query));
    this.#list.replaceChildren();
    this.#pending = order.slice(FIRST);
    this.#render(fragments);
    document.querySelector('.app-search-fallback')?.toggleAttribute('hidden', fragments.length > 0);
  }

  /** Draws the next batch of results (fetching their fragments now). */
  async #showMore() {
    const batch = this.#pending.splice(0, BATCH);
    if (batch.length === 0) return;
    const run = this.#run;
    this.#more.hidden = true;
    const fragments = await Promise.all(batch.map((result) => result.data()));
    if (run === this.#run) this.#render(fragments);
  }

  /** The urgent topic's card, drawn by the server as a template (InstantAnswers.astro). */
  #showInstantAnswer(topic: string | undefined) {
    const template = topic ? this.optional<HTMLTemplateElement>(`template[data-urgent="${topic}"]`) : null;
    this.#instant.replaceChildren(...(template ? [template.content.cloneNode(true)] : []));
  }

  #say(message: string) {
    this.#status.textContent = message;
  }

  /** Appends results to the list; the last one, when more are waiting, brings the next batch into view. */
  #render(results: Fragment[]) {
    this.#observer?.disconnect();
    this.#list.append(
      ...results.map((result) => {
        const item = this.fromTemplate('.app-search__result');
        const type = result.meta['type'] ?? '';
        this.required('.app-badge', item).textContent = (Object.hasOwn(t.types, type) ? t.types[type] : undefined) ?? t.types['page'] ?? '';
        const link = this.required<HTMLAnchorElement>('a', item);
        link.href = result.url;
        link.textContent = result.meta['title'] ?? result.url;
        // Pagefind escapes the page text; bodyExcerpt adds only <mark> around the matched words.
        this.required('p', item).innerHTML = bodyExcerpt(result);
        return item;
      }),
    );
    this.#more.hidden = this.#pending.length === 0;
    const last = this.#list.lastElementChild;
    if (last && this.#pending.length > 0) this.#observer?.observe(last);
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
