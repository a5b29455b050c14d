import { readFileSync } from 'node:fs';

/** Test helper: a small valid template as plain JSON, fresh on each call. */
export function minimalTemplate(): Record<string, unknown> {
  return {
    $schema: './schema.json',
    formatVersion: 1,
    id: 'test-plan',
    version: 1,
    title: { en: 'Test plan' },
    summary: { en: 'A template for tests.' },
    jurisdiction: 'CA-ON',
    asOf: '2026-11-29',
    sources: [{ id: 'src-a', title: 'A source', url: 'https://example.org/a' }],
    authors: [{ name: 'Tester' }],
    licence: 'CC-BY-SA-4.0',
    languages: ['en'],
    translations: { en: { status: 'draft' } },
    sections: [
      {
        id: 'setting',
        title: { en: 'Setting' },
        audience: ['me'],
        items: [
          {
            id: 'work-setting',
            kind: 'multipleChoice',
            label: { en: 'Where?' },
            options: [
              { id: 'in-call', label: { en: 'In-call' } },
              { id: 'out-call', label: { en: 'Out-call' } },
            ],
          },
          { id: 'has-pets', kind: 'yesNo', label: { en: 'Pets?' } },
          {
            id: 'fact',
            kind: 'info',
            variant: 'fact',
            label: { en: 'A fact' },
            body: { en: 'Some *fact*.' },
            sources: ['src-a'],
          },
        ],
      },
      {
        id: 'out-call-section',
        title: { en: 'Out-call' },
        audience: ['me', 'trustedContact'],
        showIf: { item: 'work-setting', includes: 'out-call' },
        items: [
          { id: 'hotel', kind: 'shortText', label: { en: 'Hotel' } },
          {
            id: 'people',
            kind: 'group',
            label: { en: 'People' },
            maxRepeats: 3,
            items: [{ id: 'person-name', kind: 'shortText', label: { en: 'Name' } }],
          },
        ],
      },
    ],
  };
}

/** Test helper: the text of a bundled template file. */
export function bundledTemplateText(name: string): string {
  return readFileSync(new URL(`../../templates/${name}.json`, import.meta.url), 'utf8');
}

/** The bundled template names. */
export const BUNDLED = ['workplace-safety', 'release-from-detention', 'partner-sponsor-safety'];
