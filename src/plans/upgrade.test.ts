import { describe, expect, it } from 'vitest';
import type { Item } from '../templates/types.ts';
import { leafItem, planFor, templateWith } from './test-plan.ts';
import { upgradePlan } from './upgrade.ts';

const group = (id: string, items: Item[]): Item =>
  ({ id, kind: 'group', label: { en: `Group ${id}` }, items }) as Item;

describe('upgradePlan', () => {
  const v1 = templateWith(1, [
    leafItem('name', 'shortText'),
    leafItem('where', 'multipleChoice'),
    leafItem('pick', 'singleChoice'),
    leafItem('gone', 'longText'),
    leafItem('rekinded', 'shortText'),
    group('people', [leafItem('person', 'shortText'), leafItem('person-note', 'longText')]),
  ]);
  const v2 = templateWith(2, [
    leafItem('name', 'shortText'),
    leafItem('where', 'multipleChoice', ['a', 'c']),
    leafItem('pick', 'singleChoice', ['a']),
    leafItem('rekinded', 'longText'),
    group('people', [leafItem('person', 'shortText')]),
  ]);
  const plan = planFor(v1, {
    name: { kind: 'shortText', value: 'Ana', private: true },
    where: { kind: 'multipleChoice', value: ['a', 'b'] },
    pick: { kind: 'singleChoice', value: 'b' },
    gone: { kind: 'longText', value: 'My old note' },
    rekinded: { kind: 'shortText', value: 'Short' },
    people: {
      kind: 'group',
      value: [
        {
          person: { kind: 'shortText', value: 'Bo' },
          'person-note': { kind: 'longText', value: 'Likes tea' },
        },
      ],
    },
  });

  it('keeps answers whose item still fits, private flag included', () => {
    const upgraded = upgradePlan(plan, v2, v1);
    expect(upgraded.templateVersion).toBe(2);
    expect(upgraded.answers.name).toEqual({ kind: 'shortText', value: 'Ana', private: true });
    expect(upgraded.answers.where).toEqual({ kind: 'multipleChoice', value: ['a'] });
    expect(upgraded.answers.people).toEqual({
      kind: 'group',
      value: [{ person: { kind: 'shortText', value: 'Bo' } }],
    });
  });

  it('moves removed, re-kinded and lost-option answers to "from the earlier version", with the old question', () => {
    const { earlierAnswers } = upgradePlan(plan, v2, v1);
    const summary = earlierAnswers.map((e) => [
      e.itemId,
      e.reason,
      e.question?.en,
      e.groupId,
      e.repeat,
    ]);
    expect(summary).toEqual([
      ['where', 'optionRemoved', 'Question where', undefined, undefined],
      ['pick', 'optionRemoved', 'Question pick', undefined, undefined],
      ['gone', 'removed', 'Question gone', undefined, undefined],
      ['rekinded', 'kindChanged', 'Question rekinded', undefined, undefined],
      ['person-note', 'removed', 'Question person-note', 'people', 0],
    ]);
    expect(earlierAnswers[0]?.answer).toEqual({ kind: 'multipleChoice', value: ['b'] });
    expect(earlierAnswers[0]?.optionLabels?.b).toEqual({ en: 'Option b' });
    expect(earlierAnswers.every((e) => e.fromVersion === 1)).toBe(true);
  });

  it('still keeps every answer when the old template is not available', () => {
    const upgraded = upgradePlan(plan, v2);
    expect(upgraded.earlierAnswers).toHaveLength(5);
    expect(upgraded.earlierAnswers.every((e) => e.question === undefined)).toBe(true);
  });

  it('keeps earlier answers from previous upgrades', () => {
    const twice = upgradePlan(upgradePlan(plan, v2, v1), templateWith(3, []), v2);
    expect(twice.answers).toEqual({});
    expect(twice.earlierAnswers.map((e) => e.fromVersion)).toEqual([1, 1, 1, 1, 1, 2, 2, 2]);
  });

  it('does not change the plan it was given', () => {
    const before = structuredClone(plan);
    const upgraded = upgradePlan(plan, v2, v1);
    upgraded.answers.name = { kind: 'shortText', value: 'changed' };
    expect(plan).toEqual(before);
  });

  it('refuses a different template', () => {
    expect(() => upgradePlan(plan, { ...v2, id: 'other' })).toThrow(/not "other"/);
  });
});
