import type { Answer, Plan } from './types.ts';

/** The plan with one answer set (or cleared, with `undefined`), stamped with `now`. */
export function setAnswer(plan: Plan, itemId: string, answer: Answer | undefined, now: Date): Plan {
  const answers = { ...plan.answers };
  if (answer === undefined) delete answers[itemId];
  else answers[itemId] = answer;
  return { ...plan, answers, updatedAt: now.toISOString() };
}

/** The plan under a new title; a blank title keeps the old one. */
export function renamePlan(plan: Plan, title: string, now: Date): Plan {
  const clean = title.trim();
  if (clean === '' || clean === plan.title) return plan;
  return { ...plan, title: clean, updatedAt: now.toISOString() };
}

/** The plan with a section set aside ("come back later") or brought back. */
export function markForLater(plan: Plan, sectionId: string, later: boolean, now: Date): Plan {
  const current = new Set(plan.later ?? []);
  if (later) current.add(sectionId);
  else current.delete(sectionId);
  return { ...plan, later: [...current], updatedAt: now.toISOString() };
}
