import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import type { InstalledTemplate } from '../../templates/installed';
import { fingerprintOfStoredKey } from '../../templates/share/fingerprint';

/** Where an imported template came from, and who signed it. */
export function SourceLine({ entry }: { entry: InstalledTemplate }) {
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const publicKey = entry.signer?.publicKey;
  useEffect(() => {
    if (publicKey) void fingerprintOfStoredKey(publicKey).then(setFingerprint);
  }, [publicKey]);
  const date = formatDate(entry.installedAt.slice(0, 10));
  const source =
    entry.source.kind === 'file'
      ? t('templates.fromFile', { name: entry.source.fileName, date })
      : t(`templates.from.${entry.source.kind}`, { date });
  return (
    <>
      <p>{source}</p>
      <p>
        {entry.signer
          ? t('templates.signedBy', { name: entry.signer.name, fingerprint: fingerprint ?? '…' })
          : t('templates.unsigned')}
      </p>
      {entry.signer?.unconfirmed && (
        <p class="problem">{t('templates.keyNotConfirmed', { name: entry.signer.name })}</p>
      )}
    </>
  );
}
