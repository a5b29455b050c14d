import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { vaultExists, WrongSecretError } from '../../vault';
import { GuestStart } from '../Guest';
import { LanguagePicker } from '../LanguagePicker';
import { PassphraseField } from '../PassphraseField';
import { lockTitle } from '../session/lock-title';
import { lockedBecause, unlock } from '../session/vault-session';
import './style.css';

/** The lock screen. Neutral wording: nothing here says what the app is for. */
export function LockScreen() {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // Start the crypto worker (it holds no key until the passphrase arrives) as soon as
    // the lock screen shows, so unlocking after a lock or auto-lock does not also wait
    // for the worker, libsodium and the database: the same head start as at app start.
    void vaultExists().catch(() => undefined);
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await unlock(mode === 'passphrase' ? { passphrase: secret } : { recoveryCode: secret });
    } catch (error) {
      setProblem(error instanceof WrongSecretError ? t('unlock.wrong') : t('unlock.failed'));
      setBusy(false);
    }
  };

  return (
    <main class="lock-screen" aria-labelledby="lock-title">
      <LanguagePicker />
      <h1 id="lock-title">{lockTitle.value || t('unlock.title')}</h1>
      <p>{t('unlock.intro')}</p>
      {lockedBecause.value === 'otherTab' && <p class="notice">{t('unlock.otherTab')}</p>}
      <form class="stack" onSubmit={submit} aria-busy={busy}>
        <PassphraseField
          key={mode}
          label={mode === 'passphrase' ? t('setup.passphrase') : t('unlock.recoveryCode')}
          value={secret}
          onInput={setSecret}
          autoComplete={mode === 'passphrase' ? 'current-password' : 'new-password'}
          autoFocus
        />
        <p role="alert" class="problem">
          {problem ?? ''}
        </p>
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? t('unlock.working') : t('unlock.button')}
        </button>
      </form>
      <button
        type="button"
        class="button button--quiet"
        onClick={() => {
          setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
          setSecret('');
          setProblem(null);
        }}
      >
        {mode === 'passphrase' ? t('unlock.useRecovery') : t('unlock.usePassphrase')}
      </button>
      <GuestStart />
    </main>
  );
}
