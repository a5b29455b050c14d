import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordResult } from '../vault/types.ts';
import { parsePlan } from './answers.ts';
import { listPlans, type PlanVault } from './repository.ts';
import { planFromSalvage, salvagePlan } from './salvage.ts';
import { planFor, templateWith } from './test-plan.ts';
import type { Plan } from './types.ts';

const NOW = new Date('2026-12-02T09:00:00.000Z');

/** A valid plan with a text, a contact, a group of two people and an earlier answer. */
function goodPlan(): Plan {
  return {
    ...planFor(templateWith(3, []), {
      hotel: { kind: 'shortText', value: 'Room 12' },
      who: { kind: 'contact', value: [{ name: 'Bo', phone: '555', relationship: 'friend' }] },
      people: {
        kind: 'group',
        value: [
          { 'person-name': { kind: 'shortText', value: 'Ana' } },
          { 'person-name': { kind: 'shortText', value: 'Kim' } },
        ],
      },
    }),
    title: 'Work plan',
    later: ['main'],
    earlierAnswers: [
      {
        itemId: 'old',
        fromVersion: 2,
        reason: 'removed',
        answer: { kind: 'shortText', value: 'kept from before' },
      },
    ],
  };
}

/** A stored value that decrypts but fails the checks in several places at once. */
function partlyBroken(): Record<string, unknown> {
  const plan = structuredClone(goodPlan()) as unknown as Record<string, unknown>;
  const answers = plan.answers as Record<string, unknown>;
  answers.phone = { kind: 'shortText', value: 42 };
  answers['Not An Id'] = { kind: 'shortText', value: 'stray key' };
  answers.mood = { kind: 'slider', value: 3 };
  (answers.people as { value: unknown[] }).value[1] = {
    'person-name': { kind: 'shortText', value: ['not', 'text'] },
    'person-phone': { kind: 'shortText', value: '777' },
  };
  (plan.earlierAnswers as unknown[]).push({ itemId: 'x', fromVersion: 0 });
  plan.updatedAt = 'yesterday';
  plan.extra = 'a field no version ever wrote';
  return plan;
}

describe('salvagePlan', () => {
  it('keeps the title and every answer that still passes its checks, and nothing else', () => {
    const broken = partlyBroken();
    expect(parsePlan(broken).ok).toBe(false);
    const salvage = salvagePlan(broken);
    expect(salvage).not.toBeNull();
    if (!salvage) return;
    expect(salvage.title).toBe('Work plan');
    expect(salvage.templateId).toBe('test-plan');
    expect(salvage.templateVersion).toBe(3);
    expect(Object.keys(salvage.answers).sort()).toEqual(['hotel', 'people', 'who']);
    expect(salvage.answers.hotel).toEqual({ kind: 'shortText', value: 'Room 12' });
    // The group keeps its good entry, and the good half of the bad one, in place.
    expect(salvage.answers.people).toEqual({
      kind: 'group',
      value: [
        { 'person-name': { kind: 'shortText', value: 'Ana' } },
        { 'person-phone': { kind: 'shortText', value: '777' } },
      ],
    });
    expect(salvage.earlierAnswers).toEqual(goodPlan().earlierAnswers);
    expect(salvage.later).toEqual(['main']);
    // hotel + who + two group entries + one earlier answer
    expect(salvage.kept).toBe(5);
  });

  it('makes a new plan that passes every check, under a new id and title', () => {
    const salvage = salvagePlan(partlyBroken());
    if (!salvage) throw new Error('expected a salvage');
    const plan = planFromSalvage(salvage, 'new-id', 'Work plan (saved)', NOW);
    const parsed = parsePlan(plan);
    expect(parsed.ok).toBe(true);
    expect(plan.id).toBe('new-id');
    expect(plan.title).toBe('Work plan (saved)');
    expect(plan.createdAt).toBe(NOW.toISOString());
    // A copy: changing the new plan never reaches the salvage it came from.
    (plan.answers.hotel as { value: string }).value = 'changed';
    expect(salvage.answers.hotel).toEqual({ kind: 'shortText', value: 'Room 12' });
  });

  it('reads no title when the title itself is broken, and falls back to English', () => {
    const broken = { ...partlyBroken(), title: 7, language: '<script>' };
    const salvage = salvagePlan(broken);
    expect(salvage?.title).toBeNull();
    expect(salvage?.language).toBe('en');
  });

  it('saves nothing without a template to match answers to, or with no answer left', () => {
    expect(salvagePlan({ ...partlyBroken(), templateId: '../x' })).toBeNull();
    expect(salvagePlan({ ...partlyBroken(), templateVersion: 0 })).toBeNull();
    expect(
      salvagePlan({ ...goodPlan(), answers: { a: { kind: 'x' } }, earlierAnswers: [] }),
    ).toBeNull();
  });

  it('never throws and never returns something invalid, whatever it is given', () => {
    const hostile = {
      get templateId(): string {
        throw new Error('boom');
      },
    };
    for (const junk of [null, 1, 'x', [], {}, hostile, { answers: null }]) {
      expect(salvagePlan(junk)).toBeNull();
    }
    fc.assert(
      fc.property(
        fc.record({
          templateId: fc.constantFrom('test-plan', 'Bad Id', 3),
          templateVersion: fc.constantFrom(1, 2, -1, '1'),
          title: fc.oneof(fc.string(), fc.integer()),
          answers: fc.dictionary(
            fc.oneof(fc.constantFrom('a', 'b-c', 'people'), fc.string()),
            fc.oneof(
              fc.record({ kind: fc.constantFrom('shortText', 'yesNo'), value: fc.anything() }),
              fc.record({
                kind: fc.constant('group'),
                value: fc.array(fc.dictionary(fc.string(), fc.anything())),
              }),
              fc.anything(),
            ),
          ),
          earlierAnswers: fc.anything(),
        }),
        (input) => {
          const salvage = salvagePlan(input);
          if (salvage) {
            expect(parsePlan(planFromSalvage(salvage, 'id', 'Saved', NOW)).ok).toBe(true);
          }
        },
      ),
    );
  });
});

describe('listPlans', () => {
  const vaultOf = (records: RecordResult[]): PlanVault => ({
    list: async () => records,
    read: async () => undefined,
    write: async () => undefined,
    delete: async () => undefined,
  });

  it('names damaged records, and offers a salvage only where the record decrypted', async () => {
    const good = goodPlan();
    const listed = await listPlans(
      vaultOf([
        { id: good.id, ok: true, value: good },
        { id: 'unreadable', ok: false, error: 'damaged' },
        { id: 'broken', ok: true, value: { ...partlyBroken(), id: 'broken' } },
      ]),
    );
    expect(listed.map((p) => [p.id, p.ok])).toEqual([
      [good.id, true],
      ['unreadable', false],
      ['broken', false],
    ]);
    const [, unreadable, broken] = listed;
    expect(unreadable?.ok === false && unreadable.salvage).toBeNull();
    expect(broken?.ok === false && broken.salvage?.title).toBe('Work plan');
  });

  it('treats a valid plan stored under another id as damaged, but fully readable', async () => {
    const [moved] = await listPlans(vaultOf([{ id: 'other-id', ok: true, value: goodPlan() }]));
    expect(moved?.ok).toBe(false);
    expect(moved?.ok === false && moved.salvage?.kept).toBe(5);
  });
});
