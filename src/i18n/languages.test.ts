import { describe, expect, it } from 'vitest';
import { LANGUAGES, preferredLanguage } from './languages';

describe('choosing the UI language from the browser', () => {
  it.each([
    [['fr-CA', 'en'], 'fr'],
    [['zh-CN'], 'zh-Hans'],
    [['zh-Hans-SG'], 'zh-Hans'],
    [['zh-TW'], 'zh-Hant'],
    [['zh-Hant-HK'], 'zh-Hant'],
    [['zh-HK'], 'zh-Hant'],
    [['pt-BR'], 'pt'],
    [['fil-PH'], 'tl'],
    [['tl'], 'tl'],
    [['ko-KR'], 'ko'],
    [['de-DE', 'th-TH'], 'th'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferences, expected) => {
    expect(preferredLanguage(preferences)).toBe(expected);
  });

  it('names every language in itself', () => {
    expect(LANGUAGES.map((l) => l.name)).toContain('ภาษาไทย');
    expect(new Set(LANGUAGES.map((l) => l.tag)).size).toBe(10);
  });
});
