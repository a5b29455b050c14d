import { useId } from 'preact/hooks';
import { ItemHelp } from './ItemHelp';
import { Localised } from './Localised';
import { TriStateChoice } from './TriStateChoice';
import type { AnswerOf, ItemOf, ItemProps } from './types';

/** A yes/no question. */
export function YesNoItem({
  item,
  answer,
  lang,
  onChange,
}: ItemProps<ItemOf<'yesNo'>, AnswerOf<'yesNo'>>) {
  const helpId = `${useId()}-help`;
  return (
    <TriStateChoice
      legend={<Localised text={item.label} lang={lang} />}
      value={answer?.value}
      describedBy={item.help ? helpId : undefined}
      onChange={(value) =>
        onChange(
          value === 'yes' || value === 'no' ? { ...answer, kind: 'yesNo', value } : undefined,
        )
      }
    >
      <ItemHelp item={item} lang={lang} id={helpId} />
    </TriStateChoice>
  );
}
