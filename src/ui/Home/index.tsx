import { t } from '../../i18n';
import { screen } from '../session/screen';
import { TopBar } from '../TopBar';

/** Home after unlocking: the person's plans. */
export function Home() {
  return (
    <>
      <TopBar title={t('home.title')}>
        <button type="button" class="button" onClick={() => (screen.value = { name: 'settings' })}>
          {t('home.settings')}
        </button>
      </TopBar>
      <main class="page stack" />
    </>
  );
}
