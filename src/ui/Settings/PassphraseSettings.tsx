import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { NewPassphrase, newPassphraseProblem } from '../PassphraseField/NewPassphrase';
import { RecoveryCode } from '../RecoveryCode';
import { openVault } from '../session/vault-session';

/** Change the passphrase, or replace the recovery code. */
export function PassphraseSettings() {
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [newCode, setNewCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = async (event: Event) => {
    event.preventDefault();
    const wrong = newPassphraseProblem(next, repeat);
    if (wrong) return setMessage(wrong);
    setBusy(true);
    try {
      await openVault().changePassphrase(next);
      setNext('');
      setRepeat('');
      setMessage(t('settings.passphraseChanged'));
    } finally {
      setBusy(false);
    }
  };

  const regenerate = async () => {
    setBusy(true);
    try {
      setNewCode(await openVault().regenerateRecoveryCode());
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="settings-section" aria-labelledby="passphrase-title">
      <h2 id="passphrase-title">{t('settings.changePassphrase')}</h2>
      <form class="stack" onSubmit={change} aria-busy={busy}>
        <NewPassphrase
          label={t('settings.newPassphrase')}
          value={next}
          repeat={repeat}
          onInput={setNext}
          onRepeat={setRepeat}
        />
        <p class="hint" role="status">
          {message ?? ''}
        </p>
        <button type="submit" class="button button--primary" disabled={busy}>
          {t('settings.changePassphrase')}
        </button>
      </form>
      <button type="button" class="button" disabled={busy} onClick={() => void regenerate()}>
        {t('settings.newRecovery')}
      </button>
      {newCode && (
        <div class="stack" role="status">
          <p>{t('settings.newRecoveryDone')}</p>
          <RecoveryCode code={newCode} />
          <p>{t('recovery.keep')}</p>
        </div>
      )}
    </section>
  );
}
