import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import jsQR from 'jsqr';

/**
 * Reads every QR code a QrCodes component shows, the way a camera would: a screenshot of
 * the rendered code (real pixels, real CSS), decoded with jsQR. Steps with "Next code".
 */
export async function readShownCodes(page: Page, label: string): Promise<string[]> {
  const code = page.getByRole('img', { name: label });
  const position = page.getByText(/^Code \d+ of \d+$/);
  await code.waitFor();
  const total = (await position.count())
    ? Number(((await position.textContent()) ?? '').match(/of (\d+)/)?.[1])
    : 1;
  const frames: string[] = [];
  for (let i = 0; i < total; i++) {
    const png = (await code.screenshot()).toString('base64');
    // The page decodes the PNG (Node has no image decoder here); jsQR runs in Node.
    const pixels = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const { data: rgba, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      return { rgba: Array.from(rgba), width, height };
    }, png);
    const decoded = jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height);
    if (!decoded) {
      writeFileSync(`test-results/unreadable-qr-${i + 1}.png`, Buffer.from(png, 'base64'));
      throw new Error(`QR code ${i + 1} of ${total} could not be read`);
    }
    frames.push(decoded.data);
    if (total > 1) await page.getByRole('button', { name: 'Next code' }).click();
  }
  return frames;
}

/**
 * Gives a context a camera and a BarcodeDetector that "sees" the texts the test queues
 * with {@link showToCamera} (Chromium on Linux has no BarcodeDetector and no camera).
 */
export async function fakeQrCamera(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const queue: string[] = [];
    (globalThis as unknown as { __qrQueue: string[] }).__qrQueue = queue;
    class FakeBarcodeDetector {
      static async getSupportedFormats() {
        return ['qr_code'];
      }
      async detect() {
        const next = queue.shift();
        return next === undefined ? [] : [{ rawValue: next, format: 'qr_code' }];
      }
    }
    Object.assign(globalThis, { BarcodeDetector: FakeBarcodeDetector });
    navigator.mediaDevices.getUserMedia = async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 16;
      canvas.height = 16;
      canvas.getContext('2d')?.fillRect(0, 0, 16, 16);
      return canvas.captureStream(4);
    };
  });
}

/** Puts these texts (and only these) before the fake camera, one per look. */
export async function showToCamera(page: Page, texts: string[]): Promise<void> {
  await page.evaluate((queued) => {
    const queue = (globalThis as unknown as { __qrQueue: string[] }).__qrQueue;
    queue.splice(0, queue.length, ...queued);
  }, texts);
}
