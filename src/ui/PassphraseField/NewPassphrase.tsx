import { t } from '../../i18n';
import { PassphraseField } from '.';

interface Props {
  label: string;
  value: string;
  repeat: string;
  onInput: (value: string) => void;
  onRepeat: (value: string) => void;
  /** The id of a hint under the first field. */
  describedBy?: string;
}

/** A new passphrase typed twice (set-up, change, backup files). */
export function NewPassphrase({ label, value, repeat, onInput, onRepeat, describedBy }: Props) {
  return (
    <>
      <PassphraseField
        label={label}
        value={value}
        onInput={onInput}
        autoComplete="new-password"
        describedBy={describedBy}
      />
      <PassphraseField
        label={t('setup.repeat')}
        value={repeat}
        onInput={onRepeat}
        autoComplete="new-password"
      />
    </>
  );
}

/** What is wrong with a new passphrase and its repeat, in a sentence; null when fine. */
export function newPassphraseProblem(value: string, repeat: string): string | null {
  if (value.length === 0) return t('setup.empty');
  if (value !== repeat) return t('setup.mismatch');
  return null;
}
