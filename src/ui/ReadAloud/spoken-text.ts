import { pickLocalised } from '../../templates/localise';
import { type Inline, parseRichText } from '../../templates/rich-text';
import type { Item } from '../../templates/types';

function inlineText(node: Inline): string {
  if (node.type === 'break') return ' ';
  if (node.type === 'link') return node.label;
  return node.text;
}

/** Plain sentences from the tiny rich-text subset (no markup characters read out). */
export function plainText(text: string): string {
  return parseRichText(text)
    .flatMap((block) =>
      block.type === 'paragraph' ? [block.content] : block.items.map((item) => item),
    )
    .map((inlines) => inlines.map(inlineText).join(''))
    .join('\n');
}

/** What "Read aloud" says for an item: its question (or title), then its help or body. */
export function spokenText(item: Item, lang: string): { text: string; lang: string } {
  const label = pickLocalised(item.label, lang);
  const more = item.kind === 'info' ? item.body : item.help;
  const extra = more ? plainText(pickLocalised(more, lang).text) : '';
  return { text: [label.text, extra].filter(Boolean).join('\n'), lang: label.lang };
}
