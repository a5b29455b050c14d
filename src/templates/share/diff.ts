import { walkItems } from '../item-index.ts';
import type { LocalisedText, Template } from '../types.ts';
import { sameCanonical } from './canonical.ts';

/**
 * What changes if an imported template replaces the installed one with the same id, in
 * terms a person can weigh: version and date, languages, which parts were added, removed
 * or reworded, and how many questions changed. Ids are the unit: a reworded question keeps
 * its id (and its answers), a new id is a new question.
 */
export interface TemplateDiff {
  identical: boolean;
  version: { from: number; to: number };
  asOf: { from: string; to: string };
  languagesAdded: string[];
  languagesRemoved: string[];
  sectionsAdded: LocalisedText[];
  sectionsRemoved: LocalisedText[];
  sectionsChanged: LocalisedText[];
  itemsAdded: number;
  itemsRemoved: number;
  itemsChanged: number;
  sourcesChanged: boolean;
}

export function diffTemplates(installed: Template, incoming: Template): TemplateDiff {
  const before = new Map(installed.sections.map((section) => [section.id, section]));
  const after = new Map(incoming.sections.map((section) => [section.id, section]));
  const beforeItems = new Map(
    [...walkItems(installed)].map((entry) => [entry.item.id, entry.item]),
  );
  const afterItems = new Map([...walkItems(incoming)].map((entry) => [entry.item.id, entry.item]));
  const count = <T>(ids: Iterable<T>, keep: (id: T) => boolean) => [...ids].filter(keep).length;
  return {
    identical: sameCanonical(installed, incoming),
    version: { from: installed.version, to: incoming.version },
    asOf: { from: installed.asOf, to: incoming.asOf },
    languagesAdded: incoming.languages.filter((tag) => !installed.languages.includes(tag)),
    languagesRemoved: installed.languages.filter((tag) => !incoming.languages.includes(tag)),
    sectionsAdded: incoming.sections.filter((s) => !before.has(s.id)).map((s) => s.title),
    sectionsRemoved: installed.sections.filter((s) => !after.has(s.id)).map((s) => s.title),
    sectionsChanged: incoming.sections
      .filter((s) => before.has(s.id) && !sameCanonical(before.get(s.id), s))
      .map((s) => s.title),
    itemsAdded: count(afterItems.keys(), (id) => !beforeItems.has(id)),
    itemsRemoved: count(beforeItems.keys(), (id) => !afterItems.has(id)),
    itemsChanged: count(afterItems.keys(), (id) => {
      const old = beforeItems.get(id);
      return old !== undefined && !sameCanonical(old, afterItems.get(id));
    }),
    sourcesChanged: !sameCanonical(installed.sources, incoming.sources),
  };
}
