import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plans/types.ts';
import { type ConflictChoice, findConflicts, type MergeChoice, mergePlans } from './merge.ts';
import { samplePlan } from './test-backup.ts';

const importedTitle = (title: string) => `${title} (imported copy)`;
const olderTitle = (title: string) => `${title} (older copy)`;

function choice(decide: MergeChoice['decide']): MergeChoice {
  let n = 0;
  return { decide, newId: () => `new-${++n}`, importedTitle, olderTitle };
}

const at = (plan: Plan, updatedAt: string, text: string): Plan => ({
  ...plan,
  updatedAt,
  answers: { ...plan.answers, hotel: { kind: 'shortText', value: text } },
});

const mine = at(samplePlan(1), '2026-12-01T10:00:00.000Z', 'mine');
const theirsNewer = at(samplePlan(1), '2026-12-02T10:00:00.000Z', 'theirs');
const theirsOlder = at(samplePlan(1), '2026-11-30T10:00:00.000Z', 'theirs');

describe('merging imported plans', () => {
  it('adds new plans and skips ones that are already here, whatever the key order', () => {
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverseKeys(v)]),
            )
          : value;
    const reordered = reverseKeys(mine) as Plan;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(mine));
    const result = mergePlans([mine], [reordered, samplePlan(2)], choice('keepBoth'));
    expect(result.outcomes).toEqual([
      { kind: 'identical', id: 'plan-1' },
      { kind: 'added', id: 'plan-2' },
    ]);
    expect(result.writes).toEqual([samplePlan(2)]);
    expect(result.plans).toEqual([mine, samplePlan(2)]);
  });

  it('lists conflicts for the person to decide, and never overwrites on its own', () => {
    expect(findConflicts([mine, samplePlan(2)], [theirsNewer, samplePlan(2)])).toEqual([
      { existing: mine, incoming: theirsNewer },
    ]);
  });

  it('keep both: the incoming plan gets a new id and a title marked as an imported copy', () => {
    const result = mergePlans([mine], [theirsNewer], choice('keepBoth'));
    expect(result.plans).toEqual([
      mine,
      { ...theirsNewer, id: 'new-1', title: 'Plan 1 (imported copy)' },
    ]);
    expect(result.writes).toEqual([result.plans[1]]);
    expect(result.outcomes).toEqual([{ kind: 'keptBoth', id: 'plan-1', copyId: 'new-1' }]);
  });

  it('keep newer, incoming newer: it takes the id and the device’s version is kept as a copy', () => {
    const result = mergePlans([mine], [theirsNewer], choice('keepNewer'));
    const olderCopy = { ...mine, id: 'new-1', title: 'Plan 1 (older copy)' };
    expect(result.plans).toEqual([theirsNewer, olderCopy]);
    expect(result.writes).toEqual([olderCopy, theirsNewer]);
    expect(result.outcomes).toEqual([
      { kind: 'replacedByNewer', id: 'plan-1', olderCopyId: 'new-1' },
    ]);
  });

  it('keep newer, device newer: the device’s plan stays and the incoming is kept as a copy', () => {
    const result = mergePlans([mine], [theirsOlder], choice('keepNewer'));
    expect(result.plans).toEqual([
      mine,
      { ...theirsOlder, id: 'new-1', title: 'Plan 1 (older copy)' },
    ]);
    expect(result.outcomes[0]).toMatchObject({ kind: 'keptNewerExisting' });
  });

  it('keep newer with the same time: the device’s plan stays, the other is an imported copy', () => {
    const sameTime = at(samplePlan(1), mine.updatedAt, 'theirs');
    const result = mergePlans([mine], [sameTime], choice('keepNewer'));
    expect(result.plans[0]).toBe(mine);
    expect(result.plans[1]?.title).toBe('Plan 1 (imported copy)');
  });

  it('asks per conflict when given a function', () => {
    const other = at(samplePlan(2), '2026-12-03T10:00:00.000Z', 'x');
    const here = [mine, samplePlan(2)];
    const decide = (conflict: { incoming: Plan }): ConflictChoice =>
      conflict.incoming.id === 'plan-1' ? 'keepNewer' : 'keepBoth';
    const result = mergePlans(here, [theirsNewer, other], choice(decide));
    expect(result.outcomes.map((o) => o.kind)).toEqual(['replacedByNewer', 'keptBoth']);
  });

  it('keeps a marked title within the plan title limit, without splitting an emoji', () => {
    const long = { ...theirsNewer, title: `${'a'.repeat(480)}😀😀😀😀😀😀😀😀😀😀` };
    const title = mergePlans([mine], [long], choice('keepBoth')).plans[1]?.title ?? '';
    expect(title.length).toBeLessThanOrEqual(500);
    expect(title.endsWith('… (imported copy)')).toBe(true);
    expect(title).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('never reuses an id, even if newId returns one already in use', () => {
    const ids = ['plan-1', 'plan-1', 'fresh'];
    const result = mergePlans([mine], [theirsNewer], {
      ...choice('keepBoth'),
      newId: () => ids.shift() ?? 'x',
    });
    expect(result.plans.map((plan) => plan.id)).toEqual(['plan-1', 'fresh']);
  });
});

/** Plans drawn from a few ids, times and texts, so conflicts and identical copies are common. */
const planArb = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    title: fc.string({ maxLength: 20 }),
    day: fc.integer({ min: 1, max: 3 }),
    text: fc.constantFrom('x', 'y', 'z', 'ünïcode 🌱'),
  })
  .map(
    ({ id, title, day, text }): Plan => ({
      ...at(samplePlan(0), `2026-12-0${day}T10:00:00.000Z`, text),
      id,
      title,
    }),
  );

/** Everything but id and title: the text a person wrote. */
const content = ({ id: _id, title: _title, ...rest }: Plan) => JSON.stringify(rest);

describe('merging (property)', () => {
  it('never loses plan text, never drops a device plan, never repeats an id', () => {
    const decide = fc.oneof(
      fc.constantFrom<ConflictChoice>('keepBoth', 'keepNewer'),
      fc.func(fc.constantFrom<ConflictChoice>('keepBoth', 'keepNewer')),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(planArb, { selector: (plan) => plan.id, maxLength: 4 }),
        fc.array(planArb, { maxLength: 6 }),
        decide,
        (existing, incoming, decision) => {
          const before = JSON.stringify([existing, incoming]);
          const result = mergePlans(existing, incoming, choice(decision));
          const ids = result.plans.map((plan) => plan.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const plan of existing) expect(ids).toContain(plan.id);
          for (const plan of [...existing, ...incoming]) {
            const kept = result.plans.filter((p) => content(p) === content(plan));
            const titles = [plan.title, importedTitle(plan.title), olderTitle(plan.title)];
            expect(kept.some((p) => titles.includes(p.title))).toBe(true);
          }
          // Applying the writes to the device's plans gives exactly the merged list.
          const applied = new Map(existing.map((plan) => [plan.id, plan]));
          for (const plan of result.writes) applied.set(plan.id, plan);
          expect([...applied.values()]).toEqual(result.plans);
          expect(result.outcomes).toHaveLength(incoming.length);
          expect(JSON.stringify([existing, incoming])).toBe(before);
        },
      ),
      { numRuns: 500 },
    );
  });
});
