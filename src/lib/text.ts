/** Counts Chinese characters (CJK Unified Ideographs), the unit the content guide's lengths use. */
export function countHanzi(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

/** Formats 2024-06-16 as 2024年6月16日. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The ids of the <h2 id="…"> and <h3 id="…"> headings written in an MDX body. */
export function headingIds(body: string): string[] {
  return [...body.matchAll(/<h[23]\s+id="([^"]+)"/g)].map((match) => match[1] as string);
}

/** The <h2 id="…">title</h2> sections written in an MDX body, in order (for a page's contents list). */
export function bodySections(body: string): { id: string; title: string }[] {
  return [...body.matchAll(/<h2\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => ({
    id: match[1] as string,
    title: (match[2] as string)
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}
