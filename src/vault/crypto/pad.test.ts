import { describe, expect, it } from 'vitest';
import { testSodium } from '../test-harness.ts';
import { encodePadded, pad, paddedLength, unpad } from './pad.ts';

const LENGTHS = [0, 1, 2, 127, 254, 255, 256, 257, 511, 512, 513, 4095, 4096, 100_000];

describe('padding in JavaScript', () => {
  it('gives exactly the bytes of sodium.pad, and sodium.unpad accepts them', async () => {
    const sodium = await testSodium();
    for (const block of [16, 256, 4096]) {
      for (const length of LENGTHS) {
        const bytes = sodium.randombytes_buf(length);
        const ours = pad(bytes, block);
        expect(ours, `${length}/${block}`).toEqual(sodium.pad(bytes, block));
        expect(ours.length).toBe(paddedLength(length, block));
        expect(sodium.unpad(ours, block)).toEqual(bytes);
      }
    }
  });

  it('unpads exactly what sodium.pad made', async () => {
    const sodium = await testSodium();
    for (const length of LENGTHS) {
      const bytes = sodium.randombytes_buf(length);
      expect(unpad(sodium.pad(bytes, 256), 256)).toEqual(bytes);
    }
  });

  it('encodes text straight into the padded buffer, like UTF-8 + sodium.pad', async () => {
    const sodium = await testSodium();
    const samples = ['', 'a', 'ngựa', '馬'.repeat(200), '😀'.repeat(100), 'x'.repeat(255)];
    for (const text of samples) {
      const expected = sodium.pad(new TextEncoder().encode(text), 256);
      expect(encodePadded(text, 256), text.slice(0, 8)).toEqual(expected);
    }
  });

  it('refuses malformed padding', () => {
    expect(() => unpad(new Uint8Array(0), 256)).toThrow(RangeError);
    expect(() => unpad(new Uint8Array(255), 256)).toThrow(RangeError);
    // All zeros: no marker.
    expect(() => unpad(new Uint8Array(256), 256)).toThrow(RangeError);
    // A marker followed by a non-zero byte.
    const stray = new Uint8Array(256);
    stray[10] = 0x80;
    stray[20] = 1;
    expect(() => unpad(stray, 256)).toThrow(RangeError);
    // The marker must be in the last block.
    const early = new Uint8Array(512);
    early[100] = 0x80;
    expect(() => unpad(early, 256)).toThrow(RangeError);
  });
});
