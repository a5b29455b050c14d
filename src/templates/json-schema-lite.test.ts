import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkJsonSchema } from './json-schema-lite.ts';
import { BUNDLED, bundledTemplateText, minimalTemplate } from './test-template.ts';
import { validateTemplate } from './validate.ts';

const schema: unknown = JSON.parse(
  readFileSync(new URL('../../templates/schema.json', import.meta.url), 'utf8'),
);

describe('templates/schema.json', () => {
  it.each(BUNDLED)('accepts the bundled template %s, as the app does', (name) => {
    expect(checkJsonSchema(schema, JSON.parse(bundledTemplateText(name)))).toEqual([]);
  });

  it('accepts the minimal test template and x- extension keys', () => {
    expect(checkJsonSchema(schema, { ...minimalTemplate(), 'x-note': 1 })).toEqual([]);
  });

  // Structural mistakes both checkers must catch (cross-checks are the app's alone).
  const shared: Array<[string, (t: Record<string, unknown>) => void]> = [
    ['a misspelt key', (t) => (t.titel = t.title)],
    ['a wrong type', (t) => (t.version = '2')],
    ['missing English', (t) => (t.summary = { fr: 'x' })],
    ['a non-https source', (t) => (t.sources = [{ id: 'a', title: 'A', url: 'http://a.example' }])],
    [
      'an unknown item kind',
      (t) =>
        ((
          (t.sections as Array<{ items: Array<{ kind: string }> }>)[0]?.items[0] ?? { kind: '' }
        ).kind = 'slider'),
    ],
    [
      'a bad condition',
      (t) =>
        (((t.sections as Array<Record<string, unknown>>)[1] ?? {}).showIf = {
          item: 'x',
          maybe: 1,
        }),
    ],
  ];
  it.each(shared)('rejects %s, like the app', (_name, mutate) => {
    const template = minimalTemplate();
    mutate(template);
    expect(checkJsonSchema(schema, template).length).toBeGreaterThan(0);
    expect(validateTemplate(template).ok).toBe(false);
  });

  it('refuses a schema keyword it does not implement, rather than passing silently', () => {
    expect(() => checkJsonSchema({ type: 'object', if: {} }, {})).toThrow(
      /Unsupported JSON Schema keyword "if"/,
    );
  });
});
