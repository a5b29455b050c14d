import { t } from '../../i18n';
import { LanguagePicker } from '../LanguagePicker';
import { screen } from '../session/screen';
import { guestSession } from '../session/vault-session';
import { TopBar } from '../TopBar';
import { DeleteEverything } from './DeleteEverything';
import { Disguise } from './Disguise';
import { LockTimes } from './LockTimes';
import { PassphraseSettings } from './PassphraseSettings';
import { StorageStatus } from './StorageStatus';
import './style.css';

/** Settings: lock times, text size, passphrase and recovery code, delete everything. */
export function Settings() {
  return (
    <>
      <TopBar title={t('settings.title')}>
        <button type="button" class="button" onClick={() => (screen.value = { name: 'home' })}>
          {t('common.back')}
        </button>
      </TopBar>
      <main class="page stack">
        <section class="settings-section">
          <LanguagePicker />
        </section>
        <LockTimes />
        {!guestSession.value && (
          <>
            <Disguise />
            <PassphraseSettings />
            <StorageStatus />
          </>
        )}
        {!guestSession.value && <DeleteEverything />}
      </main>
    </>
  );
}
