import { t } from '../../i18n';
import './style.css';

/** The lock screen. Neutral wording: nothing here says what the app is for. */
export function LockScreen() {
  return (
    <main class="lock-screen" aria-labelledby="lock-title">
      <h1 id="lock-title">{t('lock.title')}</h1>
      <p>{t('lock.placeholder')}</p>
    </main>
  );
}
