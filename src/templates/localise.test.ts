import { describe, expect, it } from 'vitest';
import { pickLocalised, pickText } from './localise.ts';

const text = { en: 'Hello', fr: 'Bonjour', 'zh-Hant': '你好', es: ' ' };

describe('pickText', () => {
  it('picks the requested language', () => {
    expect(pickText(text, 'fr')).toBe('Bonjour');
  });

  it('falls back through shorter tags, then to English', () => {
    expect(pickLocalised(text, 'zh-Hant-TW')).toEqual({ text: '你好', lang: 'zh-Hant' });
    expect(pickLocalised(text, 'ko')).toEqual({ text: 'Hello', lang: 'en' });
  });

  it('treats blank text as missing', () => {
    expect(pickLocalised(text, 'es')).toEqual({ text: 'Hello', lang: 'en' });
  });
});
