import { useState } from 'preact/hooks';
import { t, tn } from '../../i18n';
import type { Salvage } from '../../plans/salvage';
import { ConfirmRemove } from '../ConfirmRemove';
import { removeDamaged, saveWhatCouldBeRead } from '../session/plans';
import { screen } from '../session/screen';

interface Props {
  id: string;
  salvage: Salvage | null;
  /** Whether any plan still opens (then a backup of them is offered). */
  othersOpen: boolean;
}

/**
 * A plan whose record is damaged: said plainly, never dropped. It offers a backup of
 * every plan that still opens, a new plan from whatever still reads, and removal only
 * after asking. Nothing here deletes the damaged record on its own.
 */
export function DamagedPlanRow({ id, salvage, othersOpen }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(false);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(false);
    try {
      await work();
    } catch {
      setProblem(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="plan-row plan-row--damaged" data-damaged={id}>
      <p class="plan-row__name">
        {salvage?.title ? t('damaged.named', { title: salvage.title }) : t('damaged.unnamed')}
      </p>
      <p>{t('damaged.intro')}</p>
      {salvage && <p>{tn('damaged.canRead', salvage.kept)}</p>}
      <div class="plan-row__actions">
        {salvage && !savedAs && (
          <button
            type="button"
            class="button button--primary"
            disabled={busy}
            onClick={() => void act(async () => setSavedAs(await saveWhatCouldBeRead(salvage)))}
          >
            {t('damaged.save')}
          </button>
        )}
        {othersOpen && (
          <button type="button" class="button" onClick={() => (screen.value = { name: 'backup' })}>
            {t('damaged.backup')}
          </button>
        )}
        {!confirming && (
          <button
            type="button"
            class="button button--danger"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('damaged.remove')}
          </button>
        )}
      </div>
      <div role="status">
        {savedAs && <p>{t('damaged.saved', { title: savedAs })}</p>}
        {problem && <p class="problem">{t('damaged.failed')}</p>}
      </div>
      {confirming && (
        <ConfirmRemove
          question={t('damaged.removeQuestion')}
          confirm={{
            label: t('damaged.removeYes'),
            onClick: () => void act(() => removeDamaged(id)),
          }}
          onCancel={() => setConfirming(false)}
          busy={busy}
        />
      )}
    </li>
  );
}
