import type { Item, LeafItem, Template } from '../templates/types.ts';
import type { Plan } from './types.ts';

/** Test helper: a leaf item of any kind, with options a/b/c where the kind has them. */
export function leafItem(
  id: string,
  kind: LeafItem['kind'],
  optionIds = ['a', 'b', 'c'],
): LeafItem {
  const label = { en: `Question ${id}` };
  const options = optionIds.map((o) => ({ id: o, label: { en: `Option ${o}` } }));
  switch (kind) {
    case 'singleChoice':
    case 'multipleChoice':
      return { id, kind, label, options };
    case 'checklist':
      return { id, kind, label, entries: options };
    case 'info':
      return { id, kind, label, variant: 'note', body: label };
    default:
      return { id, kind, label };
  }
}

/** Test helper: a template with one section holding `items`. */
export function templateWith(version: number, items: Item[]): Template {
  return {
    formatVersion: 1,
    id: 'test-plan',
    version,
    title: { en: 'Test' },
    summary: { en: 'Test' },
    jurisdiction: 'CA',
    asOf: '2026-11-29',
    sources: [],
    authors: [{ name: 'Tester' }],
    licence: 'CC-BY-SA-4.0',
    languages: ['en'],
    translations: { en: { status: 'draft' } },
    sections: [{ id: 'main', title: { en: 'Main' }, audience: ['me'], items }],
  };
}

/** Test helper: an empty plan for a template. */
export function planFor(template: Template, answers: Plan['answers'] = {}): Plan {
  return {
    formatVersion: 1,
    id: 'plan-1',
    templateId: template.id,
    templateVersion: template.version,
    title: 'My plan',
    language: 'en',
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T10:00:00.000Z',
    answers,
    earlierAnswers: [],
  };
}
