/**
 * The tiny text subset templates may use in help, info and facilitator text:
 * paragraphs (blank line between), `- ` bullet lists, `*emphasis*` and
 * `[label](https://…)` links. It parses to a small tree that the UI turns into DOM
 * nodes; nothing here is ever treated as HTML, and anything that does not fit the
 * subset (a `javascript:` link, a stray `*`) stays literal text.
 */

/** Inline content of a paragraph or list entry. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'emphasis'; text: string }
  | { type: 'link'; href: string; label: string }
  | { type: 'break' };

/** A paragraph or a bullet list. */
export type Block = { type: 'paragraph'; content: Inline[] } | { type: 'list'; items: Inline[][] };

const LINK = /\[([^[\]\n]+)\]\(([^()\s]+)\)/g;
const EMPHASIS = /\*([^*\s](?:[^*\n]*[^*\s])?)\*/g;
const BULLET = /^\s*- /;

/** The URL in canonical form if it is https:, else undefined. */
export function safeHttpsUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function pushText(out: Inline[], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

function parseEmphasis(text: string, out: Inline[]): void {
  let at = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    pushText(out, text.slice(at, match.index));
    out.push({ type: 'emphasis', text: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  pushText(out, text.slice(at));
}

function parseLine(line: string, out: Inline[]): void {
  let at = 0;
  for (const match of line.matchAll(LINK)) {
    parseEmphasis(line.slice(at, match.index), out);
    const href = safeHttpsUrl(match[2] ?? '');
    if (href) out.push({ type: 'link', href, label: match[1] ?? '' });
    else pushText(out, match[0]);
    at = match.index + match[0].length;
  }
  parseEmphasis(line.slice(at), out);
}

/** Parses inline text; single newlines become line breaks. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (i > 0) out.push({ type: 'break' });
    parseLine(line, out);
  }
  return out;
}

/** Parses a whole text into paragraphs and bullet lists. */
export function parseRichText(text: string): Block[] {
  const blocks: Block[] = [];
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const chunk of chunks) {
    let paragraph: string[] = [];
    let list: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length > 0)
        blocks.push({ type: 'paragraph', content: parseInline(paragraph.join('\n')) });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length > 0) blocks.push({ type: 'list', items: list.map(parseInline) });
      list = [];
    };
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      if (BULLET.test(line)) {
        flushParagraph();
        list.push(line.replace(BULLET, '').trim());
      } else {
        flushList();
        paragraph.push(line.trim());
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}
