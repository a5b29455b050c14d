import { t } from '../i18n';
import { formatDate } from '../i18n/format';
import { pickText } from '../templates/localise';
import type { LeafItem } from '../templates/types';
import type { ContactAnswer, LeafAnswer, TriState } from './types';

function triState(value: TriState | undefined): string | undefined {
  if (!value) return undefined;
  return { yes: t('editor.yes'), no: t('editor.no'), unsure: t('editor.unsure') }[value];
}

/** Lines that describe one contact, each a labelled field (empty fields left out). */
export function contactLines(contact: ContactAnswer): [string, string][] {
  const fields: [string, string | undefined][] = [
    [t('editor.contactName'), contact.name],
    [t('editor.contactPhone'), contact.phone],
    [t('editor.contactRelationship'), contact.relationship],
    [t('editor.knowsAboutWork'), triState(contact.knowsAboutWork)],
    [t('editor.okFromDetention'), triState(contact.okToCallFromDetention)],
  ];
  return fields.filter((field): field is [string, string] => Boolean(field[1]));
}

/**
 * A leaf answer as plain text lines in the plan's language (option labels from the
 * template, dates in the UI locale). Contacts are rendered separately.
 */
export function answerLines(item: LeafItem, answer: LeafAnswer, lang: string): string[] {
  const label = (id: string) => {
    const options =
      item.kind === 'checklist' ? item.entries : 'options' in item ? item.options : [];
    const option = options.find((o) => o.id === id);
    return option ? pickText(option.label, lang) : id;
  };
  switch (answer.kind) {
    case 'shortText':
    case 'longText':
      return [answer.value];
    case 'date':
      return [formatDate(answer.value)];
    case 'singleChoice':
      return [label(answer.value)];
    case 'multipleChoice':
    case 'checklist':
      return answer.value.map(label);
    case 'yesNo':
      return [triState(answer.value) ?? ''];
    case 'memoriseNumber':
      return [[answer.value.name, answer.value.number].filter(Boolean).join(': ')];
    case 'contact':
      return answer.value.map((c) =>
        contactLines(c)
          .map(([, v]) => v)
          .join(', '),
      );
  }
}
