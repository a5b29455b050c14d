import type { Item, Section, Template } from './types.ts';

/** Where an item sits in its template. */
export interface ItemEntry {
  item: Item;
  path: string;
  sectionId: string;
  /** The id of the group holding this item, if it is inside one. */
  groupId?: string;
}

/** Every item in document order, group children right after their group. */
export function* walkItems(template: Template): Generator<ItemEntry> {
  for (const [s, section] of template.sections.entries()) {
    for (const [i, item] of section.items.entries()) {
      const path = `$.sections[${s}].items[${i}]`;
      yield { item, path, sectionId: section.id };
      if (item.kind !== 'group') continue;
      for (const [c, child] of item.items.entries()) {
        yield { item: child, path: `${path}.items[${c}]`, sectionId: section.id, groupId: item.id };
      }
    }
  }
}

/** Items and sections by id (first occurrence wins; duplicates are a cross-check error). */
export interface TemplateIndex {
  items: Map<string, ItemEntry>;
  sections: Map<string, { section: Section; path: string }>;
}

/** Builds lookup maps for a template. */
export function indexTemplate(template: Template): TemplateIndex {
  const items = new Map<string, ItemEntry>();
  for (const entry of walkItems(template)) {
    if (!items.has(entry.item.id)) items.set(entry.item.id, entry);
  }
  const sections = new Map<string, { section: Section; path: string }>();
  for (const [s, section] of template.sections.entries()) {
    if (!sections.has(section.id)) sections.set(section.id, { section, path: `$.sections[${s}]` });
  }
  return { items, sections };
}
