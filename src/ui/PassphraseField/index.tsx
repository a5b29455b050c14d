import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n';
import './style.css';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  describedBy?: string;
  autoFocus?: boolean;
}

/** A labelled passphrase input with a Show/Hide toggle (hidden by default). */
export function PassphraseField({
  label,
  value,
  onInput,
  autoComplete,
  describedBy,
  autoFocus,
}: Props) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="passphrase-field">
        <input
          id={id}
          // Preact's input typings split password fields from text ones; this one is both.
          type={(visible ? 'text' : 'password') as 'text'}
          value={value}
          autoComplete={autoComplete}
          autoCapitalize="off"
          autoCorrect="off"
          spellcheck={false}
          // biome-ignore lint/a11y/noAutofocus: the one field on this screen; saves a tap.
          autoFocus={autoFocus}
          aria-describedby={describedBy}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <button
          type="button"
          class="button"
          aria-pressed={visible}
          onClick={() => setVisible(!visible)}
        >
          {visible ? t('common.hide') : t('common.show')}
        </button>
      </div>
    </div>
  );
}
