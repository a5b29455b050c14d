/**
 * The Barcode Detection API, declared here because lib.dom does not have it. It exists in
 * Chrome on Android and macOS, not in Chromium on Linux nor (yet) in Safari or Firefox,
 * so scanning is an extra: files and links always work too.
 */

/** One code found in a video frame. */
export interface DetectedBarcode {
  rawValue: string;
}

/** A detector set up for some formats. */
export interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}

interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

function detectorClass(): BarcodeDetectorClass | null {
  const value = (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector;
  return typeof value === 'function' ? (value as BarcodeDetectorClass) : null;
}

/** Whether this browser can read QR codes from the camera; hide "Scan codes" if not. */
export async function canScanQr(): Promise<boolean> {
  const Detector = detectorClass();
  if (!Detector || !navigator.mediaDevices?.getUserMedia) return false;
  try {
    return (await Detector.getSupportedFormats()).includes('qr_code');
  } catch {
    return false;
  }
}

/** A QR detector, or null where the browser has none. */
export function createQrDetector(): BarcodeDetectorLike | null {
  const Detector = detectorClass();
  return Detector ? new Detector({ formats: ['qr_code'] }) : null;
}
