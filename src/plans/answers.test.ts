import { describe, expect, it } from 'vitest';
import { parsePlan } from './answers.ts';
import { planFor, templateWith } from './test-plan.ts';

const plan = () =>
  planFor(templateWith(1, []), {
    name: { kind: 'shortText', value: 'Ana', private: true },
    who: {
      kind: 'contact',
      value: [
        { name: 'Bo', phone: '555', relationship: 'friend', okToCallFromDetention: 'unsure' },
      ],
    },
    people: {
      kind: 'group',
      value: [{ person: { kind: 'memoriseNumber', value: { name: 'Lawyer', number: '1' } } }],
    },
  });

describe('parsePlan', () => {
  it('accepts a plan as stored', () => {
    expect(parsePlan(structuredClone(plan()))).toEqual({ ok: true, plan: plan() });
  });

  it.each([
    [
      'an answer of the wrong shape',
      { name: { kind: 'shortText', value: 3 } },
      '$.answers.name.value',
    ],
    ['an unknown answer kind', { name: { kind: 'slider', value: 3 } }, '$.answers.name.kind'],
    ['a stray key', { name: { kind: 'shortText', value: 'a', extra: 1 } }, '$.answers.name.extra'],
    [
      'a bad tri-state',
      {
        who: {
          kind: 'contact',
          value: [{ name: '', phone: '', relationship: '', knowsAboutWork: 'maybe' }],
        },
      },
      '$.answers.who.value[0].knowsAboutWork',
    ],
    [
      'a group inside a group',
      { g: { kind: 'group', value: [{ inner: { kind: 'group', value: [] } }] } },
      '$.answers.g.value[0].inner.kind',
    ],
  ])('rejects %s', (_name, answers, path) => {
    const result = parsePlan({ ...plan(), answers });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toContain(path);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 1, 'x', [], { formatVersion: 1 }, { answers: { a: null } }]) {
      expect(parsePlan(junk).ok).toBe(false);
    }
  });
});
