import { walkItems } from '../item-index.ts';
import type { LocalisedText, Template } from '../types.ts';
import { sameCanonical } from './canonical.ts';
import { templateInLanguages } from './subset.ts';

/**
 * What changes if an imported template replaces the installed one with the same id, in
 * terms a person can weigh: version and date, languages, which parts were added, removed
 * or reworded, and how many questions changed. Ids are the unit: a reworded question keeps
 * its id (and its answers), a new id is a new question. Wording is compared in the
 * languages both versions have.
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

export function diffTemplates(installedIn: Template, incomingIn: Template): TemplateDiff {
  // Compare wording only in the languages both have: added translations are reported as
  // new languages, not as every question "changed".
  const common = installedIn.languages.filter((tag) => incomingIn.languages.includes(tag));
  const installed = templateInLanguages(installedIn, common);
  const incoming = templateInLanguages(incomingIn, common);
  const before = new Map(installed.sections.map((section) => [section.id, section]));
  const after = new Map(incoming.sections.map((section) => [section.id, section]));
  const beforeItems = new Map(
    [...walkItems(installed)].map((entry) => [entry.item.id, entry.item]),
  );
  const afterItems = new Map([...walkItems(incoming)].map((entry) => [entry.item.id, entry.item]));
  const count = <T>(ids: Iterable<T>, keep: (id: T) => boolean) => [...ids].filter(keep).length;
  return {
    identical: sameCanonical(installedIn, incomingIn),
    version: { from: installed.version, to: incoming.version },
    asOf: { from: installed.asOf, to: incoming.asOf },
    languagesAdded: incomingIn.languages.filter((tag) => !installedIn.languages.includes(tag)),
    languagesRemoved: installedIn.languages.filter((tag) => !incomingIn.languages.includes(tag)),
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
