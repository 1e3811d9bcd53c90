/**
 * Reading parts of a topic's MDX body at build time, so a tool shows exactly what the topic says (one source
 * per fact): the escape map prints the evacuation topic's "拨打119，说清这几件事" list, the hazard walk
 * lists the report topic's "哪些问题值得举报".
 *
 * The body is the MDX text: sections start with `<h2 id="…">`, lists are Markdown `- ` or `1. ` lines with
 * **bold** labels and [links](…).
 */

export interface SectionItem {
  /** The bold words at the start of the item, without the colon (在哪里), or '' when there are none. */
  label: string;
  /** The rest of the item, as plain text. */
  text: string;
}

/** The Markdown text between `<h2 id="id">` and the next `<h2`, or undefined when there is no such section. */
export function sectionText(body: string, id: string): string | undefined {
  const start = body.search(new RegExp(`<h2 id="${id.replace(/[^a-z0-9-]/g, '')}">`));
  if (start === -1) return undefined;
  const afterHeading = body.indexOf('</h2>', start);
  if (afterHeading === -1) return undefined;
  const rest = body.slice(afterHeading + '</h2>'.length);
  const end = rest.search(/<h2[\s>]/);
  return (end === -1 ? rest : rest.slice(0, end)).trim();
}

/** Markdown inline formatting to plain text: links keep their words, emphasis and code marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\*([^*]*)\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The top-level list items of section `id` (bulleted or numbered), each split into its bold label and text. */
export function sectionItems(body: string, id: string): SectionItem[] {
  const text = sectionText(body, id);
  if (text === undefined) return [];
  const items: SectionItem[] = [];
  for (const line of text.split('\n')) {
    const match = /^(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (!match) continue;
    const raw = match[1] ?? '';
    const labelled = /^\*\*([^*]+?)\*\*[：:]?\s*(.*)$/.exec(raw);
    if (labelled) {
      const label = plainText(labelled[1] ?? '').replace(/[：:。]$/, '');
      items.push({ label, text: plainText(labelled[2] ?? '') });
    } else {
      items.push({ label: '', text: plainText(raw) });
    }
  }
  return items;
}

/** The paragraphs of section `id` that are not list items or headings, as plain text. */
export function sectionParagraphs(body: string, id: string): string[] {
  const text = sectionText(body, id);
  if (text === undefined) return [];
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^(?:[-*]|\d+\.)\s/.test(block) && !block.startsWith('<h') && !block.startsWith('|'))
    .map(plainText);
}

/**
 * The first sentence of `text`, and the next ones while the result is shorter than `min` characters: a
 * list item shortened for a printed sheet keeps whole sentences, never a cut one.
 */
export function leadSentences(text: string, min = 14): string {
  const sentences = text.match(/[^。？！]+[。？！]?/g) ?? [text];
  let result = '';
  for (const sentence of sentences) {
    result += sentence;
    if ([...result].length >= min) break;
  }
  return result.trim();
}

/** The words of heading `<h2 id="id">…</h2>` (or h3) in the body, or undefined when there is none. */
export function sectionTitle(body: string, id: string): string | undefined {
  const match = new RegExp(`<h([23]) id="${id.replace(/[^a-z0-9-]/g, '')}">([\\s\\S]*?)</h\\1>`).exec(body);
  return match ? plainText(match[2] ?? '') : undefined;
}
