import { describe, expect, it } from 'vitest';
import { MAX_ITEMS, MAX_STRING_LENGTH, MAX_TEMPLATE_BYTES } from './limits.ts';
import { BUNDLED, bundledTemplateText, minimalTemplate } from './test-template.ts';
import { validateTemplate } from './validate.ts';

type Json = Record<string, unknown>;
// Tests reach into the plain JSON; these keep the casts in one place.
const sections = (t: Json) => t.sections as Json[];
const itemsOf = (t: Json, s: number) => sections(t)[s]?.items as Json[];
const item = (t: Json, s: number, i: number) => itemsOf(t, s)[i] as Json;

function errorsFor(mutate: (t: Json) => void) {
  const template = minimalTemplate();
  mutate(template);
  const result = validateTemplate(template);
  if (result.ok) throw new Error('expected the template to be rejected');
  return result.errors;
}

describe('validateTemplate', () => {
  it.each(BUNDLED)('accepts the bundled template %s', (name) => {
    const result = validateTemplate(bundledTemplateText(name));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.template.id).toBe(name);
  });

  it('accepts the minimal test template, as text or parsed', () => {
    expect(validateTemplate(minimalTemplate()).ok).toBe(true);
    expect(validateTemplate(JSON.stringify(minimalTemplate())).ok).toBe(true);
  });

  it('ignores top-level x- extension keys and drops them from the result', () => {
    const result = validateTemplate({ ...minimalTemplate(), 'x-editor': { any: 'thing' } });
    expect(result.ok && 'x-editor' in result.template).toBe(false);
    expect(result.ok).toBe(true);
  });

  const corpus: Array<[string, (t: Json) => void, string, RegExp]> = [
    ['a wrong type', (t) => (t.version = '1'), '$.version', /Expected a whole number \(got "1"\)/],
    ['a fractional version', (t) => (t.version = 1.5), '$.version', /whole number/],
    ['a misspelt key', (t) => (t.sumary = t.summary), '$.sumary', /Unknown key "sumary".*x-/],
    [
      'a misspelt nested key',
      (t) => (item(t, 0, 1).lable = { en: 'x' }),
      '$.sections[0].items[1].lable',
      /Unknown key "lable": check the spelling$/,
    ],
    ['a missing key', (t) => delete t.licence, '$.licence', /Missing required key "licence"/],
    [
      'an unknown item kind',
      (t) => (item(t, 0, 1).kind = 'slider'),
      '$.sections[0].items[1].kind',
      /Expected \("shortText".*received "slider"/,
    ],
    [
      'a non-kebab id',
      (t) => (item(t, 0, 1).id = 'Has Pets'),
      '$.sections[0].items[1].id',
      /kebab-case/,
    ],
    [
      'a duplicate item id',
      (t) => (item(t, 1, 0).id = 'has-pets'),
      '$.sections[1].items[0].id',
      /Duplicate id "has-pets" \(first used at \$\.sections\[0\]\.items\[1\]\.id\)/,
    ],
    [
      'a section id used by an item',
      (t) => (item(t, 0, 1).id = 'setting'),
      '$.sections[0].items[1].id',
      /Duplicate id "setting"/,
    ],
    [
      'a duplicate id inside a group',
      (t) =>
        ((item(t, 1, 1).items as Json[])[0] = { id: 'hotel', kind: 'date', label: { en: 'x' } }),
      '$.sections[1].items[1].items[0].id',
      /Duplicate id "hotel"/,
    ],
    [
      'a duplicate option id',
      (t) => ((item(t, 0, 0).options as Json[])[1] = { id: 'in-call', label: { en: 'x' } }),
      '$.sections[0].items[0].options[1].id',
      /Duplicate option id "in-call"/,
    ],
    [
      'a showIf pointing nowhere',
      (t) => ((sections(t)[1] as Json).showIf = { item: 'nope', answered: true }),
      '$.sections[1].showIf.item',
      /No item has the id "nope"/,
    ],
    [
      'a showIf option that does not exist',
      (t) => ((sections(t)[1] as Json).showIf = { item: 'work-setting', includes: 'street' }),
      '$.sections[1].showIf.includes',
      /no option "street" \(options: in-call, out-call\)/,
    ],
    [
      'equals on a multiple choice',
      (t) => ((sections(t)[1] as Json).showIf = { item: 'work-setting', equals: 'in-call' }),
      '$.sections[1].showIf.equals',
      /use "includes"/,
    ],
    [
      'a yes/no tested for maybe',
      (t) => ((sections(t)[1] as Json).showIf = { item: 'has-pets', equals: 'maybe' }),
      '$.sections[1].showIf.equals',
      /"yes" or "no"/,
    ],
    [
      'a showIf on an info block',
      (t) => ((sections(t)[1] as Json).showIf = { item: 'fact', answered: true }),
      '$.sections[1].showIf.item',
      /info item/,
    ],
    [
      'a showIf reading inside a group',
      (t) => (item(t, 1, 0).showIf = { item: 'person-name', answered: true }),
      '$.sections[1].items[0].showIf.item',
      /inside a group/,
    ],
    [
      'a showIf of unknown shape',
      (t) => (item(t, 0, 1).showIf = { item: 'x', is: 'y' }),
      '$.sections[0].items[1].showIf',
      /Expected a condition/,
    ],
    [
      'an empty all',
      (t) => (item(t, 0, 1).showIf = { all: [] }),
      '$.sections[0].items[1].showIf.all',
      /at least one condition/,
    ],
    [
      'a cyclic showIf between items',
      (t) => {
        item(t, 0, 1).showIf = { item: 'hotel', answered: true };
        item(t, 1, 0).showIf = { item: 'has-pets', answered: true };
      },
      '$.sections[0].items[1].showIf',
      /cycle: has-pets → hotel → out-call-section → work-setting|cycle: .*has-pets/,
    ],
    [
      'an item depending on itself',
      (t) => (item(t, 0, 1).showIf = { item: 'has-pets', answered: true }),
      '$.sections[0].items[1].showIf',
      /cycle: has-pets → has-pets/,
    ],
    [
      'a section depending on its own item',
      (t) => ((sections(t)[1] as Json).showIf = { item: 'hotel', answered: true }),
      '$.sections[1].showIf',
      /cycle: out-call-section → hotel → out-call-section/,
    ],
    ['missing English', (t) => (t.title = { fr: 'Plan' }), '$.title', /English text \("en"\)/],
    [
      'empty English',
      (t) => (item(t, 0, 1).label = { en: '  ' }),
      '$.sections[0].items[1].label',
      /English text/,
    ],
    [
      'a listed language that is incomplete',
      (t) => {
        t.languages = ['en', 'fr'];
        t.translations = { en: { status: 'draft' }, fr: { status: 'draft' } };
        t.title = { en: 'Plan', fr: 'Plan' };
      },
      '$.summary',
      /Missing "fr" text/,
    ],
    [
      'a language without a status',
      (t) => (t.languages = ['en', 'fr']),
      '$.translations',
      /Expected a status for "fr"/,
    ],
    [
      'text in an unlisted language',
      (t) => (t.title = { en: 'Plan', de: 'Plan' }),
      '$.title.de',
      /not in languages/,
    ],
    [
      'a bad language tag',
      (t) => (t.title = { en: 'Plan', French: 'Plan' }),
      '$.title.French',
      /language tag/,
    ],
    [
      'a non-https source',
      (t) => ((t.sources as Json[])[0] = { id: 'a', title: 'A', url: 'http://example.org' }),
      '$.sources[0].url',
      /https:\/\//,
    ],
    [
      'a javascript: author link',
      (t) => (t.authors = [{ name: 'A', url: 'javascript:alert(1)' }]),
      '$.authors[0].url',
      /https:\/\//,
    ],
    [
      'an unknown cited source',
      (t) => (item(t, 0, 2).sources = ['src-b']),
      '$.sections[0].items[2].sources[0]',
      /No source has the id "src-b"/,
    ],
    [
      'a wallet-card fact',
      (t) => (item(t, 0, 2).walletCard = true),
      '$.sections[0].items[2].walletCard',
      /Only "phrase"/,
    ],
    [
      'an overlong string',
      (t) => (item(t, 0, 1).help = { en: 'a'.repeat(MAX_STRING_LENGTH + 1) }),
      '$.sections[0].items[1].help.en',
      /at most 4000 characters/,
    ],
    [
      'a bidi override character',
      (t) => (item(t, 0, 1).label = { en: 'Pets\u202E?' }),
      '$.sections[0].items[1].label.en',
      /control character \(U\+202E\)/,
    ],
    ['an impossible date', (t) => (t.asOf = '2026-02-30'), '$.asOf', /real calendar date/],
    ['a bad jurisdiction', (t) => (t.jurisdiction = 'Ontario'), '$.jurisdiction', /ISO 3166/],
    [
      'a group inside a group',
      (t) =>
        (item(t, 1, 1).items as Json[]).push({
          id: 'inner',
          kind: 'group',
          label: { en: 'x' },
          items: [],
        }),
      '$.sections[1].items[1].items[1].kind',
      /received "group"/,
    ],
    [
      'too many items',
      (t) => {
        const many = Array.from({ length: MAX_ITEMS }, (_, i) => ({
          id: `q-${i}`,
          kind: 'shortText',
          label: { en: 'Q' },
        }));
        for (let s = 0; s < 5; s += 1)
          sections(t).push({
            id: `s-${s}`,
            title: { en: 'S' },
            audience: ['me'],
            items: many.slice(s * 100, s * 100 + 100),
          });
      },
      '$.sections[6].items[94]',
      /Too many items: at most 500/,
    ],
  ];

  it.each(corpus)('rejects %s', (_name, mutate, path, message) => {
    const errors = errorsFor(mutate);
    expect(errors).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('rejects a file over the byte limit before parsing it', () => {
    const result = validateTemplate(`"${'x'.repeat(MAX_TEMPLATE_BYTES)}"`);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '$', message: expect.stringMatching(/at most 512 KiB/) }],
    });
  });

  it('rejects text that is not JSON', () => {
    const result = validateTemplate('{"formatVersion": 1,');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '$', message: expect.stringMatching(/^Not valid JSON/) }],
    });
  });

  it('rejects absurd nesting without overflowing the stack', () => {
    const deep = `${'{"not":'.repeat(50_000)}{}${'}'.repeat(50_000)}`;
    const result = validateTemplate(deep);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '$', message: expect.stringMatching(/nests more than/) }],
    });
  });

  it('caps the number of errors reported for junk', () => {
    const template = minimalTemplate();
    template.sections = Array.from({ length: 50 }, () => ({
      id: 1,
      title: 2,
      audience: 3,
      items: 4,
    }));
    const result = validateTemplate(template);
    expect(result.ok ? 0 : result.errors.length).toBe(100);
  });
});
