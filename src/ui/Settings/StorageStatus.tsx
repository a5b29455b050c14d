import { t } from '../../i18n';
import { storageStatus } from '../session/vault-session';

/** Whether the browser promised to keep this device's data, in plain words. */
export function StorageStatus() {
  const status = storageStatus.value;
  if (!status) return null;
  return (
    <section class="settings-section" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      <p>{status.persisted ? t('settings.persisted') : t('settings.notPersisted')}</p>
    </section>
  );
}
