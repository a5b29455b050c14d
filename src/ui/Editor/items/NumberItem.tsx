import { useId } from 'preact/hooks';
import { t } from '../../../i18n';
import type { MemorisedNumber } from '../../../plans/types';
import { Field } from './ContactItem';
import { ItemHelp } from './ItemHelp';
import { Localised } from './Localised';
import type { AnswerOf, ItemOf, ItemProps } from './types';

/** A number to learn by heart: whose it is, and the number. */
export function NumberItem({
  item,
  answer,
  lang,
  onChange,
}: ItemProps<ItemOf<'memoriseNumber'>, AnswerOf<'memoriseNumber'>>) {
  const id = useId();
  const value = answer?.value ?? { name: '', number: '' };
  const change = (patch: Partial<MemorisedNumber>) => {
    const next = { ...value, ...patch };
    onChange(
      next.name || next.number ? { ...answer, kind: 'memoriseNumber', value: next } : undefined,
    );
  };
  return (
    <fieldset class="item memorise">
      <legend>
        <Localised text={item.label} lang={lang} />
      </legend>
      <ItemHelp item={item} lang={lang} id={`${id}-help`} />
      <Field
        label={t('editor.numberWhose')}
        value={value.name}
        onInput={(name) => change({ name })}
      />
      <Field
        label={t('editor.number')}
        value={value.number}
        type="tel"
        onInput={(number) => change({ number })}
      />
    </fieldset>
  );
}
