import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item, LeafItem } from '../templates/types.ts';
import { leafItem, planFor, templateWith } from './test-plan.ts';
import type { Answer, LeafAnswer, Plan } from './types.ts';
import { upgradePlan } from './upgrade.ts';

const LEAF_KINDS = [
  'shortText',
  'longText',
  'singleChoice',
  'multipleChoice',
  'checklist',
  'yesNo',
  'date',
  'contact',
  'memoriseNumber',
] as const;
type LeafKind = (typeof LEAF_KINDS)[number];
const KINDS = [...LEAF_KINDS, 'group'] as const;
type Kind = (typeof KINDS)[number];

const text = fc.string({ minLength: 1, maxLength: 12 });
const optionId = fc.constantFrom('a', 'b', 'c');
const tri = fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const);

function leafAnswer(kind: LeafKind): fc.Arbitrary<LeafAnswer> {
  switch (kind) {
    case 'shortText':
    case 'longText':
      return text.map((value) => ({ kind, value }));
    case 'singleChoice':
      return optionId.map((value) => ({ kind, value }));
    case 'multipleChoice':
    case 'checklist':
      return fc.uniqueArray(optionId, { minLength: 1 }).map((value) => ({ kind, value }));
    case 'yesNo':
      return fc.constantFrom('yes' as const, 'no' as const).map((value) => ({ kind, value }));
    case 'date':
      return fc.constantFrom('2026-01-02', '2025-12-31').map((value) => ({ kind, value }));
    case 'contact':
      return fc
        .array(fc.record({ name: text, phone: text, relationship: text, knowsAboutWork: tri }), {
          minLength: 1,
          maxLength: 3,
        })
        .map((value) => ({ kind, value }));
    case 'memoriseNumber':
      return fc.record({ name: text, number: text }).map((value) => ({ kind, value }));
  }
}

const SUB: Array<[string, LeafKind]> = [
  ['x', 'shortText'],
  ['y', 'multipleChoice'],
  ['z', 'contact'],
];

function itemFor(id: string, kind: Kind, options: string[]): Item {
  if (kind !== 'group') return leafItem(id, kind, options);
  const items: LeafItem[] = SUB.map(([sub, k]) => leafItem(`${id}-${sub}`, k, options));
  return { id, kind, label: { en: id }, items };
}

function answerFor(id: string, kind: Kind): fc.Arbitrary<Answer> {
  if (kind !== 'group') return leafAnswer(kind);
  const repeat = fc.record(
    Object.fromEntries(SUB.map(([sub, k]) => [`${id}-${sub}`, leafAnswer(k)])),
    {
      requiredKeys: [],
    },
  ) as fc.Arbitrary<Record<string, LeafAnswer>>;
  return fc.array(repeat, { maxLength: 3 }).map((value) => ({ kind: 'group', value }));
}

/** Old items with answers, and what the new version does to each item. */
const scenario = fc
  .uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 8 })
  .chain((ns) =>
    fc.tuple(
      ...ns.map((n) => {
        const id = `q-${n}`;
        return fc.constantFrom(...KINDS).chain((kind) =>
          fc.record({
            id: fc.constant(id),
            kind: fc.constant(kind),
            answer: answerFor(id, kind),
            change: fc.constantFrom('keep', 'remove', 'rename', 'rekind', 'fewer-options'),
            newKind: fc.constantFrom(...KINDS),
          }),
        );
      }),
    ),
  );

/** Every string inside an answer value (texts and chosen option ids), as a multiset. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) if (key !== 'kind') strings(v, out);
  }
  return out;
}

const count = (list: string[]) =>
  list.reduce((map, s) => map.set(s, (map.get(s) ?? 0) + 1), new Map<string, number>());

describe('upgradePlan across random version changes', () => {
  it('keeps every original answer text, in answers or earlier answers, and leaves the input alone', () => {
    fc.assert(
      fc.property(scenario, (items) => {
        const v1 = templateWith(
          1,
          items.map((i) => itemFor(i.id, i.kind, ['a', 'b', 'c'])),
        );
        const v2Items = items.flatMap((i): Item[] => {
          if (i.change === 'remove') return [];
          if (i.change === 'rename') return [itemFor(`${i.id}-new`, i.kind, ['a', 'b', 'c'])];
          if (i.change === 'rekind') return [itemFor(i.id, i.newKind, ['a', 'b', 'c'])];
          if (i.change === 'fewer-options') return [itemFor(i.id, i.kind, ['a'])];
          return [itemFor(i.id, i.kind, ['a', 'b', 'c'])];
        });
        const plan: Plan = planFor(v1, Object.fromEntries(items.map((i) => [i.id, i.answer])));
        const before = structuredClone(plan);
        const upgraded = upgradePlan(plan, templateWith(2, v2Items), v1);

        expect(plan).toEqual(before);
        const kept = count([
          ...strings(Object.values(upgraded.answers)),
          ...strings(upgraded.earlierAnswers.map((e) => e.answer)),
        ]);
        for (const [s, n] of count(strings(Object.values(plan.answers)))) {
          expect(kept.get(s) ?? 0).toBeGreaterThanOrEqual(n);
        }
      }),
      { numRuns: 300 },
    );
  });
});
