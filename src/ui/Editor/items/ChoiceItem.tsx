import { useId } from 'preact/hooks';
import { t } from '../../../i18n';
import { ItemHelp } from './ItemHelp';
import { Localised } from './Localised';
import type { AnswerOf, ItemOf, ItemProps } from './types';

type Props = ItemProps<
  ItemOf<'singleChoice' | 'multipleChoice' | 'checklist'>,
  AnswerOf<'singleChoice' | 'multipleChoice' | 'checklist'>
>;

/** Choices as radio buttons (one) or checkboxes (several, or a checklist). */
export function ChoiceItem({ item, answer, lang, onChange }: Props) {
  const id = useId();
  const options = item.kind === 'checklist' ? item.entries : item.options;
  const single = item.kind === 'singleChoice';
  const chosen = new Set(
    Array.isArray(answer?.value) ? answer.value : answer ? [answer.value] : [],
  );

  const choose = (optionId: string, on: boolean) => {
    if (item.kind === 'singleChoice') {
      onChange(on ? { ...answer, kind: 'singleChoice', value: optionId } : undefined);
      return;
    }
    const next = options.map((o) => o.id).filter((o) => (o === optionId ? on : chosen.has(o)));
    onChange(next.length ? { ...answer, kind: item.kind, value: next } : undefined);
  };

  return (
    <fieldset class="item choice" aria-describedby={item.help ? `${id}-help` : undefined}>
      <legend>
        <Localised text={item.label} lang={lang} />
      </legend>
      <ItemHelp item={item} lang={lang} id={`${id}-help`} />
      {options.map((option) => (
        <label key={option.id} class="choice__option">
          <input
            type={single ? 'radio' : 'checkbox'}
            name={id}
            checked={chosen.has(option.id)}
            onChange={(event) => choose(option.id, event.currentTarget.checked)}
          />
          <span>
            <Localised text={option.label} lang={lang} />
          </span>
        </label>
      ))}
      {single && chosen.size > 0 && (
        <button type="button" class="button button--quiet" onClick={() => onChange(undefined)}>
          {t('editor.clearChoice')}
        </button>
      )}
    </fieldset>
  );
}
