import { t } from '../../i18n';
import { installUpdate, updateWaiting } from '../../pwa/register';
import './style.css';

/** A quiet banner offering a waiting update; nothing reloads until the person agrees. */
export function UpdatePrompt() {
  if (!updateWaiting.value) return null;
  return (
    <aside class="update-prompt" aria-live="polite">
      <p>{t('update.available')}</p>
      <div class="update-prompt__actions">
        <button type="button" class="button button--primary" onClick={() => void installUpdate()}>
          {t('update.apply')}
        </button>
        <button type="button" class="button" onClick={() => (updateWaiting.value = false)}>
          {t('update.later')}
        </button>
      </div>
    </aside>
  );
}
