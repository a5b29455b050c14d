/**
 * The plan, read-only, as DOM nodes for the self-opening page. Every piece of the plan
 * and template becomes a text node (textContent / createTextNode): nothing is parsed as
 * HTML. Answer wording comes from the app's own `answer-text` helpers, so the page reads
 * like the app's plan view.
 */

import { answerLines, contactLines } from '../../plans/answer-text.ts';
import { includeInCopy } from '../../plans/sharing.ts';
import type { LeafAnswer } from '../../plans/types.ts';
import { pickLocalised } from '../../templates/localise.ts';
import { type Inline, parseRichText } from '../../templates/rich-text.ts';
import { hasAnswer } from '../../templates/show-if.ts';
import type { Item, LeafItem, LocalisedText } from '../../templates/types.ts';
import type { OpenerPayload } from './payload.ts';

type Make = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
) => HTMLElementTagNameMap[K];

function maker(doc: Document): Make {
  return (tag, text, className) => {
    const element = doc.createElement(tag);
    if (text !== undefined) element.textContent = text;
    if (className) element.className = className;
    return element;
  };
}

function localised(make: Make, tag: 'h2' | 'dt' | 'span', text: LocalisedText, lang: string) {
  const picked = pickLocalised(text, lang);
  const element = make(tag, picked.text);
  if (picked.lang !== lang) element.lang = picked.lang;
  return element;
}

function inlineText(parts: Inline[]): string {
  return parts
    .map((part) => {
      if (part.type === 'link') return `${part.label} (${part.href})`;
      if (part.type === 'break') return '\n';
      return part.text;
    })
    .join('');
}

function richText(make: Make, text: string): HTMLElement[] {
  return parseRichText(text).map((block) => {
    if (block.type === 'paragraph') return make('p', inlineText(block.content));
    const list = make('ul');
    for (const entry of block.items) list.append(make('li', inlineText(entry)));
    return list;
  });
}

function leaf(make: Make, item: LeafItem, answer: LeafAnswer, lang: string): HTMLElement[] {
  if (answer.kind !== item.kind) return [];
  if (answer.kind === 'contact') {
    return answer.value.map((contact) => {
      const list = make('ul', undefined, 'contact');
      for (const [label, value] of contactLines(contact))
        list.append(make('li', `${label}: ${value}`));
      return list;
    });
  }
  return answerLines(item, answer, lang).map((line) => make('p', line, 'value'));
}

/** Renders the plan of a decrypted file into `root` (which is emptied first). */
export function renderPlan(root: HTMLElement, payload: OpenerPayload, privateBadge: string): void {
  const make = maker(root.ownerDocument);
  const { plan, template, copy, choices } = payload;
  const lang = plan.language;
  const visible = new Set(payload.visible);
  root.replaceChildren();
  root.lang = lang;
  root.append(make('h1', plan.title));
  for (const section of template.sections) {
    if (!visible.has(section.id)) continue;
    const include = (item: Item) =>
      includeInCopy(copy, choices, section, item, plan.answers[item.id]);
    const list = make('dl');
    for (const item of section.items) {
      if (!visible.has(item.id) || !include(item)) continue;
      const answer = plan.answers[item.id];
      if (item.kind === 'info') {
        if (copy !== 'trustedContact') continue;
        const body = pickLocalised(item.body, lang);
        const dd = make('dd');
        dd.lang = body.lang;
        dd.append(...richText(make, body.text));
        list.append(localised(make, 'dt', item.label, lang), dd);
        continue;
      }
      if (!answer || !hasAnswer(answer.value)) continue;
      const dt = localised(make, 'dt', item.label, lang);
      if (answer.private) dt.append(' ', make('span', privateBadge, 'badge'));
      const dd = make('dd');
      if (item.kind === 'group' && answer.kind === 'group') {
        for (const entry of answer.value) {
          const inner = make('dl', undefined, 'entry');
          for (const sub of item.items) {
            const subAnswer = entry[sub.id];
            if (!subAnswer || !hasAnswer(subAnswer.value) || !include(sub)) continue;
            const subDd = make('dd');
            subDd.append(...leaf(make, sub, subAnswer, lang));
            inner.append(localised(make, 'dt', sub.label, lang), subDd);
          }
          dd.append(inner);
        }
      } else if (item.kind !== 'group' && answer.kind !== 'group') {
        dd.append(...leaf(make, item, answer, lang));
      }
      list.append(dt, dd);
    }
    if (list.childElementCount === 0) continue;
    const block = make('section');
    block.append(localised(make, 'h2', section.title, lang), list);
    root.append(block);
  }
}
