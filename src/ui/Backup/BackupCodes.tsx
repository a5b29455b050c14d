import { useState } from 'preact/hooks';
import { fitsInFrames, splitIntoFrames } from '../../exchange/qr/frames';
import { t } from '../../i18n';
import { QrCodes } from '../QrCodes';

/**
 * The encrypted backup as QR codes, for handing plans from a guest session or a support
 * worker's device to the person's phone without a cable or a message. The codes carry
 * the same encrypted bytes as the file: they open only with its passphrase.
 */
export function BackupCodes({ file }: { file: File }) {
  const [frames, setFrames] = useState<string[] | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const show = async () => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fits = fitsInFrames(bytes.length);
    setTooLarge(!fits);
    setFrames(fits ? splitIntoFrames('backup', bytes) : null);
  };
  return (
    <>
      {!frames && (
        <button type="button" class="button" onClick={() => void show()}>
          {t('backup.qr')}
        </button>
      )}
      {tooLarge && <p class="notice">{t('backup.qrTooLarge')}</p>}
      {frames && <QrCodes frames={frames} label={t('backup.qrLabel')} />}
    </>
  );
}
