import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { CopyChoices, CopyFor } from '../../plans/sharing';
import type { Plan } from '../../plans/types';
import type { Template } from '../../templates/types';
import { FileActions } from '../FileActions';
import { NewPassphrase, newPassphraseProblem } from '../PassphraseField/NewPassphrase';
import { downloadFile } from '../share-file';

interface Props {
  plan: Plan;
  template: Template;
  /** The Print screen's current choice and ticks. */
  copy: CopyFor;
  choices: CopyChoices;
}

/**
 * "Save as a file that opens itself": one `.html` file with this plan encrypted inside,
 * which any browser opens from disk with the passphrase (src/exchange/opener). Says what
 * is in it and who could read it before anything is made.
 */
export function SelfOpeningFile({ plan, template, copy, choices }: Props) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<File | null>(null);

  const make = async (event: Event) => {
    event.preventDefault();
    const wrong = newPassphraseProblem(passphrase, repeat);
    setProblem(wrong);
    if (wrong) return;
    setBusy(true);
    setFile(null);
    try {
      const { makeSelfOpeningFile, OpenerUnavailableError } = await import('./make');
      try {
        const made = await makeSelfOpeningFile({ plan, template, copy, choices, passphrase });
        setFile(made);
        downloadFile(made);
      } catch (error) {
        setProblem(
          error instanceof OpenerUnavailableError ? t('file.unavailable') : t('file.failed'),
        );
      }
    } catch {
      setProblem(t('file.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('file.title')}</h2>
      <p>{t('file.intro')}</p>
      <p>{copy === 'trustedContact' ? t('file.holdsContact') : t('file.holdsMine')}</p>
      {/* Not role="note": the Print screen's one note is the paper warning. */}
      <p class="notice">{t('file.who')}</p>
      <form class="stack" onSubmit={make} aria-busy={busy}>
        <NewPassphrase
          label={t('file.passphrase')}
          value={passphrase}
          repeat={repeat}
          onInput={setPassphrase}
          onRepeat={setRepeat}
        />
        <p role="alert" class="problem">
          {problem ?? ''}
        </p>
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? t('file.making') : t('file.make')}
        </button>
      </form>
      {file && (
        <div class="stack" aria-live="polite">
          <p>{t('file.ready')}</p>
          <FileActions file={file} save={t('file.save')} share={t('file.share')} />
        </div>
      )}
    </section>
  );
}
