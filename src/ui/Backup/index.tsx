import { useId, useState } from 'preact/hooks';
import { armor, createBackupPayload, exportBackup } from '../../exchange';
import { t } from '../../i18n';
import type { Plan } from '../../plans/types';
import type { Template } from '../../templates/types';
import { FileActions } from '../FileActions';
import { NewPassphrase, newPassphraseProblem } from '../PassphraseField/NewPassphrase';
import { plans, templateFor } from '../session/plans';
import { savePreferences } from '../session/preferences';
import { screen } from '../session/screen';
import { installedTemplates } from '../session/templates';
import { guestSession, lockVault } from '../session/vault-session';
import { datedName } from '../share-file';
import { TopBar } from '../TopBar';
import { BackupCodes } from './BackupCodes';

/** Make an encrypted backup of all plans or one, after saying plainly what is in it. */
export function Backup() {
  const id = useId();
  const readable = (plans.value ?? []).flatMap((entry) => (entry.ok ? [entry.plan] : []));
  const anyDamaged = (plans.value ?? []).some((entry) => !entry.ok);
  const [which, setWhich] = useState('all');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState<string | null>(null);

  const make = async (event: Event) => {
    event.preventDefault();
    const wrong = newPassphraseProblem(passphrase, repeat);
    setProblem(wrong);
    if (wrong) return;
    setBusy(true);
    try {
      const chosen: Plan[] = which === 'all' ? readable : readable.filter((p) => p.id === which);
      // Bundled templates ship with every copy of Pathway, so they stay out of the file
      // (it stays small enough to paste into a message); imported ones the plans use go in.
      const payload = createBackupPayload(chosen, importedTemplatesOf(chosen));
      const { bytes } = await exportBackup(payload, passphrase);
      if (which === 'all') await savePreferences({ lastBackupAt: new Date().toISOString() });
      // Copy into a plain ArrayBuffer: File does not take views that may be shared memory.
      setFile(
        new File([new Uint8Array(bytes)], datedName('backup', 'pathway'), {
          type: 'application/octet-stream',
        }),
      );
      setText(null);
    } catch {
      setProblem(t('backup.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <TopBar title={t('backup.title')}>
        <button type="button" class="button" onClick={() => (screen.value = { name: 'home' })}>
          {t('editor.home')}
        </button>
      </TopBar>
      <main class="page stack">
        <p>{t('backup.intro')}</p>
        <p class="notice" role="note">
          {t('backup.who')}
        </p>
        {anyDamaged && <p class="notice">{t('damaged.notInBackup')}</p>}
        <form class="stack" onSubmit={make} aria-busy={busy}>
          <div class="field">
            <label for={`${id}-which`}>{t('backup.which')}</label>
            <select
              id={`${id}-which`}
              value={which}
              onChange={(e) => setWhich(e.currentTarget.value)}
            >
              <option value="all">{t('backup.all')}</option>
              {readable.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {plan.title}
                </option>
              ))}
            </select>
          </div>
          <NewPassphrase
            label={t('backup.passphrase')}
            value={passphrase}
            repeat={repeat}
            onInput={setPassphrase}
            onRepeat={setRepeat}
            describedBy={`${id}-hint`}
          />
          <p id={`${id}-hint`} class="hint">
            {t('backup.passphraseHint')}
          </p>
          <p role="alert" class="problem">
            {problem ?? ''}
          </p>
          <button type="submit" class="button button--primary" disabled={busy}>
            {busy ? t('backup.making') : t('backup.make')}
          </button>
        </form>
        {file && (
          <section class="stack" aria-live="polite">
            <p>{t('backup.ready')}</p>
            <FileActions file={file} save={t('backup.save')} share={t('backup.share')} />
            <button
              type="button"
              class="button"
              onClick={() => void file.arrayBuffer().then((b) => setText(armor(new Uint8Array(b))))}
            >
              {t('backup.asText')}
            </button>
            {text && (
              <div class="field">
                <label for={`${id}-text`}>{t('backup.textLabel')}</label>
                <textarea id={`${id}-text`} readOnly rows={8} value={text} class="armored" />
              </div>
            )}
            <BackupCodes file={file} />
            {guestSession.value && (
              <div class="notice stack">
                <p>{t('backup.guestHandover')}</p>
                <button type="button" class="button" onClick={() => void lockVault()}>
                  {t('guest.end')}
                </button>
              </div>
            )}
          </section>
        )}
      </main>
    </>
  );
}

/** The imported templates these plans are filled from (a new phone may not have them). */
function importedTemplatesOf(chosen: readonly Plan[]): Template[] {
  const imported = new Set((installedTemplates.value ?? []).map((entry) => entry.template));
  const used = new Set(chosen.map(templateFor).filter((t): t is Template => t !== undefined));
  return [...used].filter((template) => imported.has(template));
}
