import type { Plan } from '../plans/types.ts';
import { sameJson } from './same-json.ts';

/**
 * Merging imported plans into the ones on this device, as a pure function. Nothing is ever
 * silently overwritten and no plan text is lost: a plan id present on both sides with
 * different content is a conflict, settled per conflict by the person's choice.
 */

/** How to settle one conflict. */
export type ConflictChoice =
  /** Keep the device's plan as it is; the incoming one is added under a new id. */
  | 'keepBoth'
  /** The plan with the later `updatedAt` keeps the id; the other is kept as a copy. */
  | 'keepNewer';

/** A plan id present on both sides with different content. */
export interface PlanConflict {
  existing: Plan;
  incoming: Plan;
}

/** The caller's decisions and the impure or localised parts, injected. */
export interface MergeChoice {
  /** One choice for every conflict, or a choice per conflict (e.g. from the decision list). */
  decide: ConflictChoice | ((conflict: PlanConflict) => ConflictChoice);
  /** A fresh plan id (the app passes newRecordId). */
  newId: () => string;
  /** Title of an incoming plan kept beside the device's one, e.g. "{title} (imported copy)". */
  importedTitle: (title: string) => string;
  /** Title of the older version kept as a copy under keepNewer, e.g. "{title} (older copy)". */
  olderTitle: (title: string) => string;
}

/** What happened to one incoming plan. */
export type MergeOutcome =
  | { kind: 'added'; id: string }
  | { kind: 'identical'; id: string }
  | { kind: 'keptBoth'; id: string; copyId: string }
  | { kind: 'replacedByNewer'; id: string; olderCopyId: string }
  | { kind: 'keptNewerExisting'; id: string; olderCopyId: string };

/** The merged list and what to save to get there. */
export interface MergeResult {
  /** Every plan after the merge: the device's (in order, some updated), then the new ones. */
  plans: Plan[];
  /** Plans to write to the vault: new ids, and existing ids whose content is now newer. */
  writes: Plan[];
  /** One entry per incoming plan, in order, for the import summary. */
  outcomes: MergeOutcome[];
}

/** PlanSchema's title limit: a marked title must still pass validation. */
const MAX_TITLE_LENGTH = 500;

/** How often newId may return an id already in use before we give up (it never should). */
const ID_ATTEMPTS = 10;

/** Same plan, ignoring key order: importing it again changes nothing. */
export function samePlan(a: Plan, b: Plan): boolean {
  return sameJson(a, b);
}

/**
 * The conflicts a merge would ask about, in incoming order, for the decision list. An id
 * repeated inside `incoming` is compared with its earlier occurrence.
 */
export function findConflicts(existing: Plan[], incoming: Plan[]): PlanConflict[] {
  const byId = new Map(existing.map((plan) => [plan.id, plan]));
  const conflicts: PlanConflict[] = [];
  for (const plan of incoming) {
    const current = byId.get(plan.id);
    if (!current) byId.set(plan.id, plan);
    else if (!samePlan(current, plan)) conflicts.push({ existing: current, incoming: plan });
  }
  return conflicts;
}

/** Cuts a title by code points (never splitting an emoji) so the mark still fits. */
function markTitle(mark: (title: string) => string, title: string): string {
  const full = mark(title);
  if (full.length <= MAX_TITLE_LENGTH) return full;
  const room = Math.max(0, MAX_TITLE_LENGTH - mark('').length - 1);
  let cut = '';
  for (const char of title) {
    if (cut.length + char.length > room) break;
    cut += char;
  }
  return mark(`${cut}…`).slice(0, MAX_TITLE_LENGTH);
}

function isNewer(a: Plan, b: Plan): boolean {
  return Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
}

/**
 * Merges `incoming` into `existing` without losing any plan text. New ids are added;
 * identical plans are skipped; each conflict is settled by `choice.decide`. Inputs are not
 * changed. On keepNewer with equal `updatedAt`, the device's plan keeps the id.
 */
export function mergePlans(existing: Plan[], incoming: Plan[], choice: MergeChoice): MergeResult {
  const current = new Map(existing.map((plan) => [plan.id, plan]));
  const writes = new Map<string, Plan>();
  const outcomes: MergeOutcome[] = [];
  const put = (plan: Plan) => {
    current.set(plan.id, plan);
    writes.set(plan.id, plan);
  };
  const freshId = (): string => {
    for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
      const id = choice.newId();
      if (!current.has(id)) return id;
    }
    throw new Error('newId() keeps returning ids that are already in use.');
  };
  const copyOf = (plan: Plan, mark: (title: string) => string): Plan => ({
    ...plan,
    id: freshId(),
    title: markTitle(mark, plan.title),
  });

  for (const plan of incoming) {
    const mine = current.get(plan.id);
    if (!mine) {
      put(plan);
      outcomes.push({ kind: 'added', id: plan.id });
      continue;
    }
    if (samePlan(mine, plan)) {
      outcomes.push({ kind: 'identical', id: plan.id });
      continue;
    }
    const decision =
      typeof choice.decide === 'function'
        ? choice.decide({ existing: mine, incoming: plan })
        : choice.decide;
    if (decision === 'keepNewer' && isNewer(plan, mine)) {
      const older = copyOf(mine, choice.olderTitle);
      put(older);
      put(plan);
      outcomes.push({ kind: 'replacedByNewer', id: plan.id, olderCopyId: older.id });
    } else if (decision === 'keepNewer' && isNewer(mine, plan)) {
      const older = copyOf(plan, choice.olderTitle);
      put(older);
      outcomes.push({ kind: 'keptNewerExisting', id: plan.id, olderCopyId: older.id });
    } else {
      // keepBoth, or keepNewer with a tie: the device's plan stays where it is.
      const copy = copyOf(plan, choice.importedTitle);
      put(copy);
      outcomes.push({ kind: 'keptBoth', id: plan.id, copyId: copy.id });
    }
  }
  return { plans: [...current.values()], writes: [...writes.values()], outcomes };
}
