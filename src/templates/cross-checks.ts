import { checkShowIf } from './cross-checks-show-if.ts';
import type { TemplateError } from './errors.ts';
import { walkItems } from './item-index.ts';
import { MAX_ITEMS } from './limits.ts';
import { templateTexts } from './text-walk.ts';
import type { Template } from './types.ts';

function checkLanguages(template: Template): TemplateError[] {
  const errors: TemplateError[] = [];
  const listed = new Set(template.languages);
  if (!listed.has('en')) {
    errors.push({
      path: '$.languages',
      message: 'Expected "en" in languages: English is required',
    });
  }
  for (const [i, tag] of template.languages.entries()) {
    if (template.languages.indexOf(tag) !== i) {
      errors.push({ path: `$.languages[${i}]`, message: `"${tag}" is listed twice` });
    }
  }
  for (const tag of listed) {
    if (!template.translations[tag]) {
      errors.push({
        path: '$.translations',
        message: `Expected a status for "${tag}", like "${tag}": { "status": "draft" }`,
      });
    }
  }
  for (const tag of Object.keys(template.translations)) {
    if (!listed.has(tag)) {
      errors.push({
        path: `$.translations.${tag}`,
        message: `"${tag}" is not in languages; add it there or remove this entry`,
      });
    }
  }
  for (const site of templateTexts(template)) {
    for (const tag of Object.keys(site.text)) {
      if (!listed.has(tag)) {
        errors.push({
          path: `${site.path}.${tag}`,
          message: `Text in "${tag}", which is not in languages`,
        });
      }
    }
    for (const tag of listed) {
      const text = site.text[tag];
      if (text === undefined || text.trim() === '') {
        errors.push({
          path: site.path,
          message: `Missing "${tag}" text ("${tag}" is listed in languages, so every text needs it)`,
        });
      }
    }
  }
  return errors;
}

function checkIds(template: Template): TemplateError[] {
  const errors: TemplateError[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) errors.push({ path, message: `Duplicate id "${id}" (first used at ${first})` });
    else seen.set(id, path);
  };
  for (const [s, section] of template.sections.entries()) claim(section.id, `$.sections[${s}].id`);
  for (const { item, path } of walkItems(template)) {
    claim(item.id, `${path}.id`);
    const choices =
      item.kind === 'checklist'
        ? { key: 'entries', list: item.entries }
        : item.kind === 'singleChoice' || item.kind === 'multipleChoice'
          ? { key: 'options', list: item.options }
          : undefined;
    const optionIds = new Set<string>();
    for (const [o, option] of (choices?.list ?? []).entries()) {
      if (optionIds.has(option.id)) {
        errors.push({
          path: `${path}.${choices?.key}[${o}].id`,
          message: `Duplicate option id "${option.id}" in this item`,
        });
      }
      optionIds.add(option.id);
    }
  }
  const sourceIds = new Set<string>();
  for (const [i, source] of template.sources.entries()) {
    if (sourceIds.has(source.id)) {
      errors.push({ path: `$.sources[${i}].id`, message: `Duplicate source id "${source.id}"` });
    }
    sourceIds.add(source.id);
  }
  return errors;
}

function checkItems(template: Template): TemplateError[] {
  const errors: TemplateError[] = [];
  let count = 0;
  const sourceIds = new Set(template.sources.map((s) => s.id));
  for (const { item, path } of walkItems(template)) {
    count += 1;
    if (count === MAX_ITEMS + 1) {
      errors.push({
        path,
        message: `Too many items: at most ${MAX_ITEMS} are allowed in one template`,
      });
    }
    if (item.kind !== 'info') continue;
    if (item.walletCard && item.variant !== 'phrase') {
      errors.push({
        path: `${path}.walletCard`,
        message: 'Only "phrase" info blocks can go on the wallet card',
      });
    }
    for (const [i, id] of (item.sources ?? []).entries()) {
      if (!sourceIds.has(id)) {
        errors.push({
          path: `${path}.sources[${i}]`,
          message: `No source has the id "${id}" (see $.sources)`,
        });
      }
    }
  }
  return errors;
}

/**
 * The checks a schema cannot express: unique ids, complete languages, item count,
 * wallet-card and source references, and `showIf` targets without cycles.
 */
export function crossCheckTemplate(template: Template): TemplateError[] {
  return [
    ...checkIds(template),
    ...checkItems(template),
    ...checkLanguages(template),
    ...checkShowIf(template),
  ];
}
