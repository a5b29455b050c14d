import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { deleteEverything } from '../../vault';
import { lockTitle } from '../session/lock-title';
import { lockVault, vaultStatus } from '../session/vault-session';

/** Wipe every plan and setting from this device, after typing a confirmation word. */
export function DeleteEverything() {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const word = t('settings.deleteWord');
  // The word in the UI language, or the English one: a keyboard may not type the first.
  const accepted = [word, 'delete'].map((w) => w.toLocaleLowerCase());
  const confirmed = accepted.includes(typed.trim().toLocaleLowerCase());

  const wipe = async (event: Event) => {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    // Not 'locked' in between: the lock screen would start a fresh worker, which could
    // create the database again after it was deleted.
    vaultStatus.value = 'checking';
    await lockVault(0);
    await deleteEverything();
    lockTitle.value = '';
    vaultStatus.value = 'none';
  };

  return (
    <section class="settings-section" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('settings.deleteTitle')}</h2>
      <p>{t('settings.deleteIntro')}</p>
      <form class="stack" onSubmit={wipe}>
        <div class="field">
          <label for="delete-word">{t('settings.deleteConfirm', { word })}</label>
          <input
            id="delete-word"
            value={typed}
            autoComplete="off"
            autoCapitalize="off"
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button--danger" disabled={!confirmed || busy}>
          {t('settings.deleteButton')}
        </button>
      </form>
    </section>
  );
}
