import { describe, expect, it } from 'vitest';
import { normalizePassphrase } from './passphrase.ts';

describe('passphrase normalisation', () => {
  it('gives the same bytes for the same passphrase typed on different keyboards (NFKC)', () => {
    expect(normalizePassphrase('ｐａｓｓ　ｗｏｒｄ')).toEqual(normalizePassphrase('pass word'));
    // Vietnamese "ệ" precomposed vs e + combining marks.
    expect(normalizePassphrase('Hệ')).toEqual(normalizePassphrase('He\u0323\u0302'));
  });

  it('ignores a trailing space from a phone keyboard but keeps inner spaces', () => {
    expect(normalizePassphrase('blue river lamp ')).toEqual(normalizePassphrase('blue river lamp'));
    expect(normalizePassphrase('blue river')).not.toEqual(normalizePassphrase('blueriver'));
  });

  it('refuses an empty passphrase', () => {
    expect(() => normalizePassphrase('   ')).toThrow(RangeError);
  });
});
