import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { NewerVersionError, vaultExists, WrongSecretError } from '../../vault';
import { GuestStart } from '../Guest';
import { LanguagePicker } from '../LanguagePicker';
import { PassphraseField } from '../PassphraseField';
import { lockTitle } from '../session/lock-title';
import { waitingLink } from '../session/template-link';
import { lockedBecause, unlock } from '../session/vault-session';
import './style.css';

/** What the lock screen says about why it locked. */
const LOCKED_BECAUSE = {
  otherTab: 'unlock.otherTab',
  newerTab: 'unlock.newerTab',
  newerVersion: 'unlock.newer',
} as const;

function unlockProblem(error: unknown): string {
  if (error instanceof WrongSecretError) return t('unlock.wrong');
  // Old code never opens, upgrades back or deletes data a newer version wrote.
  if (error instanceof NewerVersionError) return t('unlock.newer');
  return t('unlock.failed');
}

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
      setProblem(unlockProblem(error));
      setBusy(false);
    }
  };

  return (
    <main class="lock-screen" aria-labelledby="lock-title">
      <LanguagePicker />
      <h1 id="lock-title">{lockTitle.value || t('unlock.title')}</h1>
      <p>{t('unlock.intro')}</p>
      {waitingLink.value && <p class="hint">{t('unlock.linkWaiting')}</p>}
      {lockedBecause.value && <p class="notice">{t(LOCKED_BECAUSE[lockedBecause.value])}</p>}
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
