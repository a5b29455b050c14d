import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { GuestStart } from '../Guest';
import { LanguagePicker } from '../LanguagePicker';
import { PassphraseField } from '../PassphraseField';
import { newPassphraseProblem } from '../PassphraseField/NewPassphrase';
import { RecoveryCode } from '../RecoveryCode';
import { finishSetUp, setUpVault } from '../session/vault-session';
import { estimateStrength } from './strength';
import { suggestPassphrase } from './suggest';
import '../LockScreen/style.css';

/** First run: choose a passphrase, then see the recovery code once. */
export function Setup() {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [suggested, setSuggested] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [lighterKdf, setLighterKdf] = useState(false);

  if (recoveryCode) {
    return (
      <main class="lock-screen" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{t('recovery.title')}</h1>
        <p>{t('recovery.intro')}</p>
        <RecoveryCode code={recoveryCode} />
        <p>{t('recovery.keep')}</p>
        {lighterKdf && <p class="notice">{t('setup.lighterKdf')}</p>}
        <button
          type="button"
          class="button button--primary"
          onClick={() => {
            setRecoveryCode(null);
            void finishSetUp();
          }}
        >
          {t('recovery.done')}
        </button>
      </main>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    const wrong = newPassphraseProblem(passphrase, repeat);
    setProblem(wrong);
    if (wrong) return;
    setBusy(true);
    try {
      const created = await setUpVault(passphrase);
      setLighterKdf(created.lighterKdf);
      setRecoveryCode(created.recoveryCode);
    } finally {
      setBusy(false);
    }
  };

  const strength = estimateStrength(passphrase);
  return (
    <main class="lock-screen" aria-labelledby="setup-title">
      <LanguagePicker />
      <h1 id="setup-title">{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <form class="stack" onSubmit={submit} aria-busy={busy}>
        <PassphraseField
          label={t('setup.passphrase')}
          value={passphrase}
          onInput={setPassphrase}
          autoComplete="new-password"
          describedBy="strength-hint"
        />
        <p id="strength-hint" class="hint" aria-live="polite">
          {passphrase ? t(`strength.${strength}`) : ''}
        </p>
        <PassphraseField
          label={t('setup.repeat')}
          value={repeat}
          onInput={setRepeat}
          autoComplete="new-password"
        />
        <button
          type="button"
          class="button"
          onClick={() => {
            const words = suggestPassphrase();
            setSuggested(words);
            setPassphrase(words);
            setRepeat('');
          }}
        >
          {t('setup.suggest')}
        </button>
        {suggested && <p class="suggestion">{t('setup.suggested', { passphrase: suggested })}</p>}
        <p role="alert" class="problem">
          {problem ?? ''}
        </p>
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? t('setup.creating') : t('setup.create')}
        </button>
      </form>
      <GuestStart />
    </main>
  );
}
