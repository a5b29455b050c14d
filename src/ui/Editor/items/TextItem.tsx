import { useId } from 'preact/hooks';
import { ItemHelp } from './ItemHelp';
import { Localised } from './Localised';
import type { AnswerOf, ItemOf, ItemProps } from './types';

type Props = ItemProps<
  ItemOf<'shortText' | 'longText' | 'date'>,
  AnswerOf<'shortText' | 'longText' | 'date'>
>;

/** Short text, long text and date questions: one labelled input each. */
export function TextItem({ item, answer, lang, onChange }: Props) {
  const id = useId();
  const helpId = `${id}-help`;
  const hasHelp = Boolean(item.help || item.examples?.length);
  const common = {
    id,
    value: answer?.value ?? '',
    'aria-describedby': hasHelp ? helpId : undefined,
    onInput: (event: Event) => {
      const value = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      onChange(value === '' ? undefined : { ...answer, kind: item.kind, value });
    },
  };
  return (
    <div class="item field">
      <label for={id}>
        <Localised text={item.label} lang={lang} />
      </label>
      <ItemHelp item={item} lang={lang} id={helpId} />
      {item.kind === 'longText' ? (
        <textarea {...common} rows={4} />
      ) : item.kind === 'date' ? (
        <input {...common} type="date" />
      ) : (
        <input {...common} type="text" autoComplete="off" />
      )}
    </div>
  );
}
