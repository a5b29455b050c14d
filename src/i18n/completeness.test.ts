import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateTexts } from '../templates/text-walk';
import { validateTemplate } from '../templates/validate';
import type { Catalog, PluralForms } from './catalog';
import { LANGUAGES } from './languages';
import { en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { ko } from './messages/ko';
import { pt } from './messages/pt';
import { th } from './messages/th';
import { tl } from './messages/tl';
import { vi } from './messages/vi';
import { zhHans } from './messages/zh-Hans';
import { zhHant } from './messages/zh-Hant';

const CATALOGS: Record<string, Catalog> = {
  en,
  fr,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ko,
  th,
  vi,
  es,
  pt,
  tl,
};

/**
 * UI messages that may read the same as English in another language: names, numbers
 * and words borrowed as they are. Keep this list short and explain each entry.
 */
const SAME_AS_ENGLISH_OK = new Set<string>([
  'app.name', // the product name
  'settings.minutes', // "{count} min" is the abbreviation in several languages
  'editor.no', // "No" is also Spanish
]);

/** Words that really are the same in a language as in English (reviewed, kept short). */
const SHARED_WORDS: Record<string, readonly string[]> = {
  fr: ['Notes', 'Options', 'Condoms'],
  tl: ['Passport'], // the everyday Taglish word
};

/** Template texts that may equal the English: names, numbers, acronyms, URLs, shared words. */
function mayMatchEnglish(text: string, tag: string): boolean {
  return (
    /^[\d\s\-+().,:/%A-Z]*$/.test(text) ||
    /^https:\/\/\S+$/.test(text) ||
    text.length <= 4 ||
    (SHARED_WORDS[tag] ?? []).includes(text)
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: string | PluralForms) =>
  typeof message === 'string' ? [message] : Object.values(message);

describe('every UI language is complete', () => {
  it('has a catalog for each of the ten languages', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual(LANGUAGES.map((l) => l.tag).sort());
  });

  for (const [tag, catalog] of Object.entries(CATALOGS)) {
    describe(tag, () => {
      it('has every key, none empty', () => {
        for (const key of Object.keys(en) as (keyof Catalog)[]) {
          const message = catalog[key];
          expect(message, key).toBeDefined();
          for (const text of forms(message)) expect(text.trim(), key).not.toBe('');
        }
        expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      });

      it('keeps the same {placeholders} as English', () => {
        for (const key of Object.keys(en) as (keyof Catalog)[]) {
          const expected = placeholders(forms(en[key]).join(' ')).filter(
            (p, i, a) => a.indexOf(p) === i,
          );
          for (const text of forms(catalog[key])) {
            const found = placeholders(text).filter((p, i, a) => a.indexOf(p) === i);
            // A plural form may leave out {count} (e.g. "one question"), nothing else.
            expect(
              found.filter((p) => p !== 'count'),
              `${tag} ${key}`,
            ).toEqual(expected.filter((p) => p !== 'count'));
          }
        }
      });

      it('has the plural forms its language needs', () => {
        const needed = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
        for (const key of Object.keys(en) as (keyof Catalog)[]) {
          const message = catalog[key];
          if (typeof message === 'string') continue;
          for (const category of needed) {
            expect(
              message[category as keyof PluralForms],
              `${tag} ${key} ${category}`,
            ).toBeTruthy();
          }
        }
      });

      if (tag !== 'en') {
        it('is translated, not a copy of English', () => {
          const same = (Object.keys(en) as (keyof Catalog)[]).filter(
            (key) =>
              !SAME_AS_ENGLISH_OK.has(key) &&
              JSON.stringify(catalog[key]) === JSON.stringify(en[key]),
          );
          expect(same).toEqual([]);
        });
      }
    });
  }
});

describe('every bundled template is complete in every language', () => {
  const dir = new URL('../../templates/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json');

  for (const file of files) {
    it(`${file} has all ten languages, marked draft until reviewed, none copied from English`, () => {
      const result = validateTemplate(readFileSync(new URL(file, dir), 'utf8'));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const template = result.template;
      expect([...template.languages].sort()).toEqual(LANGUAGES.map((l) => l.tag).sort());
      for (const { tag } of LANGUAGES) {
        expect(['draft', 'reviewed']).toContain(template.translations[tag]?.status);
      }
      const copied: string[] = [];
      for (const site of templateTexts(template)) {
        for (const { tag } of LANGUAGES) {
          const text = site.text[tag] ?? '';
          if (tag !== 'en' && text === site.text.en && !mayMatchEnglish(text, tag)) {
            copied.push(`${tag} ${site.path}`);
          }
        }
      }
      expect(copied).toEqual([]);
    });
  }
});
