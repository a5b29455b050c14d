import { describe, expect, it } from 'vitest';
import { estimateStrength } from './strength';

describe('passphrase strength hint', () => {
  it('calls short single words weak', () => {
    expect(estimateStrength('sunshine')).toBe('weak');
    expect(estimateStrength('')).toBe('weak');
  });

  it('calls a few words together fair or strong', () => {
    expect(estimateStrength('river lamp orange')).toBe('fair');
    expect(estimateStrength('river lamp orange quiet')).toBe('strong');
  });

  it('counts characters, not UTF-16 units, so non-Latin scripts are judged fairly', () => {
    expect(estimateStrength('我的安全计划我的安全计划我的安全计划我的')).toBe('strong');
  });
});
