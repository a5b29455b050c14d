import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';
import { paused, resume } from '../session/support';

/** Covers the whole app while paused: the plan is hidden, the vault stays open. */
export function PauseCover() {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (paused.value) button.current?.focus();
  }, [paused.value]);
  if (!paused.value) return null;
  return (
    <div class="pause-cover" role="dialog" aria-modal="true" aria-labelledby="paused-title">
      <h2 id="paused-title">{t('support.paused')}</h2>
      <p>{t('support.pausedHint')}</p>
      <button ref={button} type="button" class="button button--primary" onClick={resume}>
        {t('support.resume')}
      </button>
    </div>
  );
}
