/**
 * 「回到顶部」 in the flow of a long topic page, never floating over the text: a small link at the end of each
 * section of the topic's body (before every `<h2>` but the first, and after the body). The body is MDX whose
 * headings are written as JSX (`<h2 id="leak">`), which MDX's component mapping does not reach, so the links
 * go into the rendered page (src/middleware.ts) between the two markers the topic page writes.
 */
export const BODY_START = 'data-topic-body-start';
/** The end marker as rendered (Astro may add its scoping attribute). */
export const BODY_END = /<span data-topic-body-end[^>]*><\/span>/;

/** The link's HTML: a paragraph kept out of search and print. */
export function backToTopHtml(label: string): string {
  return `<p class="app-back-to-top app-no-print" data-pagefind-ignore><a href="#top">${label}</a></p>`;
}

/** Adds the links to a topic page's HTML; pages without the markers come back unchanged. */
export function addBackToTop(html: string, label: string): string {
  const start = html.indexOf(BODY_START);
  const marker = start < 0 ? null : BODY_END.exec(html.slice(start));
  if (!marker) return html;
  const end = start + marker.index;
  const link = backToTopHtml(label);
  let seen = 0;
  const body = html.slice(start, end).replace(/<h2[\s>]/g, (heading) => (seen++ > 0 ? link + heading : heading));
  return html.slice(0, start) + body + (seen > 1 ? link : '') + html.slice(end + marker[0].length);
}
