import { useId, useState } from 'preact/hooks';
import {
  type BackupContents,
  backupBytesFromFile,
  type ConflictChoice,
  dearmor,
  findConflicts,
  importBackup,
  mergePlans,
} from '../../exchange';
import { t } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import type { Plan } from '../../plans/types';
import { newRecordId } from '../../vault';
import { PassphraseField } from '../PassphraseField';
import { ScanButton } from '../QrScanner/ScanButton';
import { loadPlans, plans, storePlan, templates } from '../session/plans';
import { screen } from '../session/screen';
import { installFromBackup } from '../session/templates';
import { TopBar } from '../TopBar';
import { restoreProblem } from './errors';

/** Open a backup, show what it holds, and add it without overwriting anything. */
export function Restore() {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [scanned, setScanned] = useState<Uint8Array | null>(null);
  const [text, setText] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [contents, setContents] = useState<BackupContents | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [done, setDone] = useState(false);

  const existing = (plans.value ?? []).flatMap((entry) => (entry.ok ? [entry.plan] : []));
  const incoming: Plan[] = (contents?.plans ?? []).flatMap((p) => (p.ok ? [p.plan] : []));
  const conflicts = findConflicts(existing, incoming);

  const open = async (event: Event) => {
    event.preventDefault();
    setProblem(null);
    if (!scanned && !file && !text.trim()) return setProblem(t('restore.nothing'));
    setBusy(true);
    try {
      if (plans.value === null) await loadPlans();
      const bytes = scanned
        ? backupBytesFromFile(scanned)
        : file
          ? backupBytesFromFile(new Uint8Array(await file.arrayBuffer()))
          : dearmor(text);
      setContents(await importBackup(bytes, passphrase));
    } catch (error) {
      setProblem(restoreProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    setBusy(true);
    const result = mergePlans(existing, incoming, {
      decide: (conflict) => choices[conflict.existing.id] ?? 'keepBoth',
      newId: newRecordId,
      importedTitle: (title) => t('restore.importedTitle', { title }),
      olderTitle: (title) => t('restore.olderTitle', { title }),
    });
    // Templates first: a plan whose template is missing could not be opened.
    const carried = contents?.templates.flatMap((r) => (r.ok ? [r.template] : [])) ?? [];
    await installFromBackup(carried, templates.value ?? []);
    for (const plan of result.writes) await storePlan(plan);
    setBusy(false);
    setDone(true);
  };

  return (
    <>
      <TopBar title={t('restore.title')}>
        <button type="button" class="button" onClick={() => (screen.value = { name: 'home' })}>
          {t('editor.home')}
        </button>
      </TopBar>
      <main class="page stack">
        {!contents && (
          <>
            <p>{t('restore.intro')}</p>
            <form class="stack" onSubmit={open} aria-busy={busy}>
              <div class="field">
                <label for={`${id}-file`}>{t('restore.file')}</label>
                <input
                  id={`${id}-file`}
                  type="file"
                  accept=".pathway,.txt,application/octet-stream,text/plain"
                  onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
                />
              </div>
              <div class="field">
                <label for={`${id}-text`}>{t('restore.text')}</label>
                <textarea
                  id={`${id}-text`}
                  rows={5}
                  value={text}
                  onInput={(e) => setText(e.currentTarget.value)}
                />
              </div>
              <ScanButton
                label={t('restore.scan')}
                onComplete={(result) => {
                  if (result.kind === 'backup') setScanned(result.data);
                  else setProblem(t('restore.notBackupCodes'));
                }}
              />
              {scanned && (
                <p role="status" class="notice">
                  {t('restore.scanned')}
                </p>
              )}
              <PassphraseField
                label={t('restore.passphrase')}
                value={passphrase}
                onInput={setPassphrase}
                autoComplete="current-password"
              />
              <p role="alert" class="problem">
                {problem ?? ''}
              </p>
              <button type="submit" class="button button--primary" disabled={busy}>
                {busy ? t('restore.opening') : t('restore.open')}
              </button>
            </form>
          </>
        )}
        {contents && !done && (
          <section class="stack">
            <p>{t('restore.contains', { date: formatDateTime(contents.createdAt) })}</p>
            <ul>
              {incoming.map((plan) => (
                <li key={plan.id}>{plan.title}</li>
              ))}
            </ul>
            {contents.plans.some((p) => !p.ok) && <p class="notice">{t('restore.damaged')}</p>}
            {conflicts.map((conflict) => (
              <fieldset key={conflict.existing.id} class="item choice">
                <legend>{t('restore.conflict', { title: conflict.existing.title })}</legend>
                {(['keepBoth', 'keepNewer'] as const).map((choice) => (
                  <label key={choice} class="choice__option">
                    <input
                      type="radio"
                      name={`${id}-${conflict.existing.id}`}
                      checked={(choices[conflict.existing.id] ?? 'keepBoth') === choice}
                      onChange={() => setChoices({ ...choices, [conflict.existing.id]: choice })}
                    />
                    <span>{t(`restore.${choice}`)}</span>
                  </label>
                ))}
              </fieldset>
            ))}
            <button
              type="button"
              class="button button--primary"
              disabled={busy}
              onClick={() => void add()}
            >
              {t('restore.add')}
            </button>
          </section>
        )}
        {done && (
          <p role="status" class="notice">
            {t('restore.done')}
          </p>
        )}
      </main>
    </>
  );
}
