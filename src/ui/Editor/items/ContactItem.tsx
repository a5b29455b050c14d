import { useId } from 'preact/hooks';
import { t } from '../../../i18n';
import type { ContactAnswer } from '../../../plans/types';
import { ItemHelp } from './ItemHelp';
import { Localised } from './Localised';
import { TriStateChoice } from './TriStateChoice';
import type { AnswerOf, ItemOf, ItemProps } from './types';

const EMPTY: ContactAnswer = { name: '', phone: '', relationship: '' };

/** People to contact: name, phone, who they are, and two questions of trust. */
export function ContactItem({
  item,
  answer,
  lang,
  onChange,
}: ItemProps<ItemOf<'contact'>, AnswerOf<'contact'>>) {
  const id = useId();
  const people = answer?.value.length ? answer.value : [EMPTY];
  const max = item.maxRepeats ?? 1;

  const write = (next: ContactAnswer[]) => {
    const kept = next.filter((p) => Object.values(p).some((v) => v !== undefined && v !== ''));
    onChange(kept.length ? { ...answer, kind: 'contact', value: next } : undefined);
  };
  const change = (index: number, patch: Partial<ContactAnswer>) =>
    write(people.map((person, i) => (i === index ? { ...person, ...patch } : person)));

  return (
    <fieldset class="item contact">
      <legend>
        <Localised text={item.label} lang={lang} />
      </legend>
      <ItemHelp item={item} lang={lang} id={`${id}-help`} />
      {people.map((person, index) => (
        <fieldset key={index} class="contact__person">
          <legend>{t('editor.personNumber', { number: index + 1 })}</legend>
          <Field
            label={t('editor.contactName')}
            value={person.name}
            onInput={(name) => change(index, { name })}
          />
          <Field
            label={t('editor.contactPhone')}
            value={person.phone}
            type="tel"
            onInput={(phone) => change(index, { phone })}
          />
          <Field
            label={t('editor.contactRelationship')}
            value={person.relationship}
            onInput={(relationship) => change(index, { relationship })}
          />
          <TriStateChoice
            legend={t('editor.knowsAboutWork')}
            unsure
            value={person.knowsAboutWork}
            onChange={(knowsAboutWork) => change(index, { knowsAboutWork })}
          />
          <TriStateChoice
            legend={t('editor.okFromDetention')}
            unsure
            value={person.okToCallFromDetention}
            onChange={(okToCallFromDetention) => change(index, { okToCallFromDetention })}
          />
          {people.length > 1 && (
            <button
              type="button"
              class="button"
              onClick={() => write(people.filter((_, i) => i !== index))}
            >
              {t('editor.remove')}
            </button>
          )}
        </fieldset>
      ))}
      {people.length < max && (
        <button type="button" class="button" onClick={() => write([...people, EMPTY])}>
          {t('editor.addPerson')}
        </button>
      )}
    </fieldset>
  );
}

interface FieldProps {
  label: string;
  value: string;
  type?: 'text' | 'tel';
  onInput: (value: string) => void;
}

/** One labelled text input. */
export function Field({ label, value, type = 'text', onInput }: FieldProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {type === 'tel' ? (
        <input
          id={id}
          type="tel"
          inputMode="tel"
          value={value}
          autoComplete="off"
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          autoComplete="off"
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      )}
    </div>
  );
}
