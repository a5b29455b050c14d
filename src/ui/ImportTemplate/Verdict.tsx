import { t } from '../../i18n';
import type { PendingImport } from '../session/templates';

/** Who signed the template, said plainly, with a clear warning when something is wrong. */
export function Verdict({ pending }: { pending: PendingImport }) {
  const { verdict, fingerprint } = pending;
  switch (verdict.kind) {
    case 'unsigned':
      return <p class="notice">{t('import.unsigned')}</p>;
    case 'altered':
      return (
        <p class="notice" role="alert">
          {t('import.altered', { name: verdict.signer })}
        </p>
      );
    case 'new-signer':
      return (
        <div class="notice stack">
          <p>{t('import.signedBy', { name: verdict.signer, fingerprint: fingerprint ?? '' })}</p>
          <p>{t('import.firstTime', { name: verdict.signer })}</p>
        </div>
      );
    case 'known':
      return (
        <p class="notice">
          {t('import.signedByKnown', { name: verdict.signer, fingerprint: fingerprint ?? '' })}
        </p>
      );
    case 'key-changed':
      return (
        <div class="notice stack" role="alert">
          <p>
            {t('import.keyChanged', {
              name: verdict.signer,
              fingerprint: fingerprint ?? '',
              remembered: pending.rememberedFingerprint ?? '',
            })}
          </p>
        </div>
      );
  }
}
