import { joinPath } from './errors.ts';
import type { Item, LocalisedText, Template } from './types.ts';

/** One user-visible text in a template, with where it is and whether rich text applies. */
export interface TextSite {
  path: string;
  text: LocalisedText;
  rich: boolean;
}

function* itemTexts(item: Item, path: string): Generator<TextSite> {
  yield { path: joinPath(path, 'label'), text: item.label, rich: false };
  if (item.help) yield { path: joinPath(path, 'help'), text: item.help, rich: true };
  if (item.facilitatorNote) {
    yield { path: joinPath(path, 'facilitatorNote'), text: item.facilitatorNote, rich: true };
  }
  for (const [index, example] of (item.examples ?? []).entries()) {
    yield { path: `${path}.examples[${index}]`, text: example, rich: false };
  }
  if (item.kind === 'singleChoice' || item.kind === 'multipleChoice') {
    for (const [index, option] of item.options.entries()) {
      yield { path: `${path}.options[${index}].label`, text: option.label, rich: false };
    }
  }
  if (item.kind === 'checklist') {
    for (const [index, entry] of item.entries.entries()) {
      yield { path: `${path}.entries[${index}].label`, text: entry.label, rich: false };
    }
  }
  if (item.kind === 'info') yield { path: `${path}.body`, text: item.body, rich: true };
  if (item.kind === 'group') {
    for (const [index, child] of item.items.entries())
      yield* itemTexts(child, `${path}.items[${index}]`);
  }
}

/**
 * Every user-visible text in a template, in document order. Used to check that each
 * listed language is complete, and by tests that must reach every text field.
 */
export function* templateTexts(template: Template): Generator<TextSite> {
  yield { path: '$.title', text: template.title, rich: false };
  yield { path: '$.summary', text: template.summary, rich: true };
  for (const [s, section] of template.sections.entries()) {
    const path = `$.sections[${s}]`;
    yield { path: `${path}.title`, text: section.title, rich: false };
    if (section.help) yield { path: `${path}.help`, text: section.help, rich: true };
    if (section.facilitatorNote) {
      yield { path: `${path}.facilitatorNote`, text: section.facilitatorNote, rich: true };
    }
    for (const [i, item] of section.items.entries()) yield* itemTexts(item, `${path}.items[${i}]`);
  }
}
