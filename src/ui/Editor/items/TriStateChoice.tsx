import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../../i18n';
import type { TriState } from '../../../plans/types';

interface Props {
  legend: ComponentChildren;
  value: TriState | undefined;
  onChange: (value: TriState | undefined) => void;
  /** Offer "Not sure" as a third answer. */
  unsure?: boolean;
  describedBy?: string;
  children?: ComponentChildren;
}

/** Yes / No (/ Not sure) as radio buttons, with a way to clear the answer again. */
export function TriStateChoice({ legend, value, onChange, unsure, describedBy, children }: Props) {
  const name = useId();
  const choices: TriState[] = unsure ? ['yes', 'no', 'unsure'] : ['yes', 'no'];
  const labels = { yes: t('editor.yes'), no: t('editor.no'), unsure: t('editor.unsure') };
  return (
    <fieldset class="item choice choice--inline" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {children}
      {choices.map((choice) => (
        <label key={choice} class="choice__option">
          <input
            type="radio"
            name={name}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          <span>{labels[choice]}</span>
        </label>
      ))}
      {value !== undefined && (
        <button type="button" class="button button--quiet" onClick={() => onChange(undefined)}>
          {t('editor.clearChoice')}
        </button>
      )}
    </fieldset>
  );
}
