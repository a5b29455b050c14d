import { useId } from 'preact/hooks';
import { t } from '../../../i18n';
import type { LeafAnswer } from '../../../plans/types';
import type { Template } from '../../../templates/types';
import { ItemHelp } from './ItemHelp';
import { LeafItemView } from './LeafItemView';
import { Localised } from './Localised';
import type { AnswerOf, ItemOf, ItemProps } from './types';

type Props = ItemProps<ItemOf<'group'>, AnswerOf<'group'>> & { template: Template };

/** A (repeatable) group of questions, e.g. one entry per kind of support. */
export function GroupItem({ item, answer, lang, template, onChange }: Props) {
  const id = useId();
  const entries = answer?.value.length ? answer.value : [{}];
  const max = item.maxRepeats ?? 1;

  const write = (next: Array<Record<string, LeafAnswer>>) => {
    const any = next.some((entry) => Object.keys(entry).length > 0);
    onChange(any ? { ...answer, kind: 'group', value: next } : undefined);
  };
  const setSub = (index: number, subId: string, sub: LeafAnswer | undefined) =>
    write(
      entries.map((entry, i) => {
        if (i !== index) return entry;
        const copy = { ...entry };
        if (sub === undefined) delete copy[subId];
        else copy[subId] = sub;
        return copy;
      }),
    );

  return (
    <fieldset class="item group">
      <legend>
        <Localised text={item.label} lang={lang} />
      </legend>
      <ItemHelp item={item} lang={lang} id={`${id}-help`} />
      {entries.map((entry, index) => (
        <div key={index} class="group__entry">
          {max > 1 && <p class="group__number">{t('editor.entryNumber', { number: index + 1 })}</p>}
          {item.items.map((sub) => (
            <LeafItemView
              key={sub.id}
              item={sub}
              answer={entry[sub.id]}
              lang={lang}
              template={template}
              onChange={(value) => setSub(index, sub.id, value)}
            />
          ))}
          {entries.length > 1 && (
            <button
              type="button"
              class="button"
              onClick={() => write(entries.filter((_, i) => i !== index))}
            >
              {t('editor.remove')}
            </button>
          )}
        </div>
      ))}
      {entries.length < max && (
        <button type="button" class="button" onClick={() => write([...entries, {}])}>
          {t('editor.addAnother')}
        </button>
      )}
    </fieldset>
  );
}
