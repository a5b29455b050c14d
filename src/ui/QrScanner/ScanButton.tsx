import { useEffect, useState } from 'preact/hooks';
import type { FrameSetResult } from '../../exchange/qr/frames.ts';
import { canScanQr, QrScanner } from './index.tsx';

/**
 * "Scan QR codes", offered only where the browser can read QR codes from the camera
 * (BarcodeDetector: Android Chrome, not desktop Linux). Elsewhere nothing is shown and
 * the file, link or pasted text still work.
 */
export function ScanButton({
  label,
  onComplete,
}: {
  label: string;
  onComplete(result: FrameSetResult): void;
}) {
  const [available, setAvailable] = useState(false);
  const [scanning, setScanning] = useState(false);
  useEffect(() => {
    void canScanQr().then(setAvailable);
  }, []);
  if (!available) return null;
  if (scanning) {
    return (
      <QrScanner
        onComplete={(result) => {
          setScanning(false);
          onComplete(result);
        }}
        onCancel={() => setScanning(false)}
      />
    );
  }
  return (
    <button type="button" class="button" onClick={() => setScanning(true)}>
      {label}
    </button>
  );
}
