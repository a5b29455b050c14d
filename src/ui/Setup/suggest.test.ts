import { describe, expect, it } from 'vitest';
import { SUGGESTION_WORD_COUNT, suggestPassphrase } from './suggest';

describe('suggested passphrases', () => {
  it('draw from 256 distinct words, so every word is equally likely', () => {
    expect(SUGGESTION_WORD_COUNT).toBe(256);
  });

  it('have six words by default and differ each time', () => {
    const a = suggestPassphrase();
    const b = suggestPassphrase();
    expect(a.split(' ')).toHaveLength(6);
    expect(a).not.toBe(b);
  });
});
