import type { ComponentChildren } from 'preact';
import { type Block, type Inline, parseRichText, safeHttpsUrl } from '../../templates/rich-text.ts';

/** Props for {@link RichText}. */
export interface RichTextProps {
  /** Template text in the tiny rich-text subset (paragraphs, `- ` lists, `*em*`, https links). */
  text: string;
  /** The language the text is actually in, when it differs from the page (a fallback). */
  lang?: string;
  class?: string;
}

function renderInline(node: Inline, key: number): ComponentChildren {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'break':
      return <br key={key} />;
    case 'emphasis':
      return <em key={key}>{node.text}</em>;
    case 'link': {
      // The parser only yields https: links; checking again here keeps this component
      // safe even if it is ever handed a tree built somewhere else.
      const href = safeHttpsUrl(node.href);
      if (!href) return node.label;
      return (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer">
          {node.label}
        </a>
      );
    }
  }
}

function renderBlock(block: Block, key: number) {
  if (block.type === 'paragraph') return <p key={key}>{block.content.map(renderInline)}</p>;
  return (
    <ul key={key}>
      {block.items.map((item, i) => (
        <li key={i}>{item.map(renderInline)}</li>
      ))}
    </ul>
  );
}

/**
 * Renders template text as DOM nodes. Text is only ever passed to Preact as text
 * children, never as HTML, so a shared template cannot inject markup or script.
 */
export function RichText({ text, lang, class: className }: RichTextProps) {
  return (
    <div class={className ? `rich-text ${className}` : 'rich-text'} lang={lang}>
      {parseRichText(text).map(renderBlock)}
    </div>
  );
}
