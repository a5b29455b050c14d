import { describe, expect, it } from 'vitest';
import {
  createFrameCollector,
  DEFAULT_CHUNK_BYTES,
  MAX_QR_DATA_BYTES,
  splitIntoFrames,
} from './frames.ts';
import { QUIET_ZONE_MODULES, qrCode, qrMatrix, qrSvgPath } from './render.ts';
import { decodeQrFromRgba, rasterize, rasterizeSvgPath } from './test-raster.ts';

function bytesOf(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 131 + (i >> 7)) & 0xff);
}

function scan(text: string): string | null {
  const image = rasterize(qrMatrix(text));
  return decodeQrFromRgba(image.data, image.width, image.height);
}

describe('QR codes', () => {
  it('a full-size frame is QR version 16 (81 modules), as documented', () => {
    const frames = splitIntoFrames('template', bytesOf(MAX_QR_DATA_BYTES));
    const longest = frames.reduce((a, b) => (b.length > a.length ? b : a));
    const { version, matrix } = qrCode(longest);
    expect(version).toBe(16);
    expect(matrix).toHaveLength(81);
    expect(qrSvgPath(longest).size).toBe(81 + 2 * QUIET_ZONE_MODULES);
  });

  it('every frame, the largest included, scans back to the same text', () => {
    const frames = splitIntoFrames('backup', bytesOf(DEFAULT_CHUNK_BYTES * 3 + 40));
    for (const frame of frames) expect(scan(frame)).toBe(frame);
  });

  it('codes read from images put the data back together exactly', () => {
    const data = bytesOf(5000);
    const collector = createFrameCollector();
    for (const frame of splitIntoFrames('template', data).reverse()) {
      const image = rasterizeSvgPath(qrSvgPath(frame));
      const text = decodeQrFromRgba(image.data, image.width, image.height);
      expect(collector.add(text ?? '').status).toBe('added');
    }
    expect(collector.result()).toEqual({ kind: 'template', data });
  });

  it('draws the dark modules as one path inside the quiet zone', () => {
    const matrix = qrMatrix('PW1:t:00000000:0/1:');
    const { size, path } = qrSvgPath('PW1:t:00000000:0/1:');
    expect(size).toBe(matrix.length + 8);
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    const dark = matrix.flat().filter(Boolean).length;
    const drawn = [...path.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(drawn).toBe(dark);
    const xs = [...path.matchAll(/M(\d+) (\d+)/g)].flatMap((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...xs)).toBe(QUIET_ZONE_MODULES);
  });
});
