import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  generateRecoveryCode,
  normalizeRecoveryCode,
} from './recovery-code.ts';

const fixed = (byte: number) => (length: number) => new Uint8Array(length).fill(byte);

describe('recovery codes', () => {
  it('shows 24 Crockford base32 characters in six groups of four', () => {
    expect(generateRecoveryCode(fixed(0))).toBe('0000-0000-0000-0000-0000-0000');
    expect(generateRecoveryCode(fixed(0xff))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));
    expect(generateRecoveryCode(random)).toMatch(
      /^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/,
    );
  });

  it('accepts the code however it is typed back: case, spaces, dashes, O/0 and I/L/1', () => {
    const canonical = '01ABCDEFGHJK0MNPQRST1VWX';
    expect(normalizeRecoveryCode(formatRecoveryCode(canonical))).toBe(canonical);
    expect(normalizeRecoveryCode('o1ab cdef ghjk omnp qrst ivwx')).toBe(canonical);
    expect(normalizeRecoveryCode(' 01AB-CDEF-GHJK-0MNP-QRST-LVWX ')).toBe(canonical);
    expect(normalizeRecoveryCode('０１ＡＢ—CDEF—GHJK—0MNP—QRST—1VWX')).toBe(canonical);
  });

  it('rejects codes of the wrong length or with letters Crockford never uses', () => {
    expect(normalizeRecoveryCode('')).toBeNull();
    expect(normalizeRecoveryCode('0000-0000-0000-0000-0000')).toBeNull();
    expect(normalizeRecoveryCode('0000-0000-0000-0000-0000-000U')).toBeNull();
    expect(normalizeRecoveryCode('0000-0000-0000-0000-0000-0000-0')).toBeNull();
  });

  it('every generated code reads back to itself', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 15, maxLength: 15 }), (bytes) => {
        const code = generateRecoveryCode(() => bytes);
        expect(normalizeRecoveryCode(code)).toBe(code.replace(/-/g, ''));
        expect(normalizeRecoveryCode(code.toLowerCase())).toBe(code.replace(/-/g, ''));
      }),
    );
  });
});
