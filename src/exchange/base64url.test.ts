import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from './base64url.ts';

describe('base64url', () => {
  it('matches RFC 4648 test vectors (unpadded, url alphabet)', () => {
    const cases: Array<[string, string]> = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of cases) {
      expect(toBase64url(new TextEncoder().encode(plain))).toBe(encoded);
      expect(fromBase64url(encoded)).toEqual(new TextEncoder().encode(plain));
    }
    expect(toBase64url(Uint8Array.of(0xfb, 0xff, 0xbf))).toBe('-_-_');
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses padding, the standard alphabet, impossible lengths and non-zero spare bits', () => {
    for (const text of ['Zg==', 'Zm9v+/', 'Z', 'Zm9vY', 'Zh', 'Zm9=', 'Zé']) {
      expect(fromBase64url(text), text).toBeNull();
    }
  });
});
