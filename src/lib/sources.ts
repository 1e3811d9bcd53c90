import type { Source } from '../schemas/source.ts';

export interface SourceUse {
  label: string;
  href: string;
  sources: Source[];
}

export interface CollectedSource {
  title: string;
  publisher: string;
  year: number;
  kind: Source['kind'];
  url?: string | undefined;
  /** Every clause cited from this source, in the order first cited. */
  clauses: string[];
  /** The pages that cite it. */
  usedBy: { label: string; href: string }[];
}

/** Merges the sources cited across the site into one list: one row per document, its clauses and pages. */
export function collectSources(uses: SourceUse[]): CollectedSource[] {
  const byKey = new Map<string, CollectedSource>();
  for (const use of uses) {
    for (const source of use.sources) {
      const key = `${source.title}|${source.publisher}|${source.year}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { title: source.title, publisher: source.publisher, year: source.year, kind: source.kind, url: source.url, clauses: [], usedBy: [] };
        byKey.set(key, entry);
      }
      if (source.clause && !entry.clauses.includes(source.clause)) entry.clauses.push(source.clause);
      if (!entry.usedBy.some((page) => page.href === use.href)) entry.usedBy.push({ label: use.label, href: use.href });
    }
  }
  return [...byKey.values()].sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
}
