import { t } from '../../i18n';
import type { SaveStatus as Status } from './use-draft';

/** A quiet line about saving. "Saved" appears only after the vault write completed. */
export function SaveStatus({ status, retry }: { status: Status; retry: () => void }) {
  const text = {
    idle: '',
    pending: t('save.pending'),
    saving: t('save.saving'),
    saved: t('save.saved'),
    full: t('save.full'),
    failed: t('save.failed'),
  }[status];
  const problem = status === 'full' || status === 'failed';
  return (
    <div class={problem ? 'save-status save-status--problem' : 'save-status'}>
      <p role={problem ? 'alert' : 'status'}>{text}</p>
      {problem && (
        <button type="button" class="button" onClick={retry}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
