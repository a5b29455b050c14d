import { t } from '../../i18n';
import { storageStatus } from '../session/vault-session';
import { BackupReminderChoice } from './BackupReminderChoice';

/** Safari on iOS, not installed to the Home Screen: where site data may be erased. */
function isIosBrowserTab(): boolean {
  const ios = /iPhone|iPad|iPod/.test(navigator.userAgent);
  const installed =
    matchMedia('(display-mode: standalone)').matches ||
    (navigator as unknown as { standalone?: boolean }).standalone === true;
  return ios && !installed;
}

/** Whether the browser promised to keep this device's data, in plain words. */
export function StorageStatus() {
  const status = storageStatus.value;
  if (!status) return null;
  return (
    <section class="settings-section" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      <p>{status.persisted ? t('settings.persisted') : t('settings.notPersisted')}</p>
      {isIosBrowserTab() && <p>{t('settings.ios')}</p>}
      <BackupReminderChoice />
    </section>
  );
}
