import { indexTemplate } from './item-index.ts';
import type { Condition, Template } from './types.ts';

/** Answers by item id, as stored in a plan (only `value` is read here). */
export type AnswerLookup = Readonly<Record<string, { readonly value: unknown } | undefined>>;

/** Whether an answer value holds anything the person wrote or chose. */
export function hasAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasAnswer);
  if (typeof value === 'object') return Object.values(value).some(hasAnswer);
  return true;
}

/**
 * Evaluates a condition against answers. `read` returns the value to test for an item,
 * so callers can treat answers to hidden items as absent (see {@link visibleIds}).
 */
export function evaluateShowIf(
  condition: Condition | undefined,
  read: (itemId: string) => unknown,
): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((c) => evaluateShowIf(c, read));
  if ('any' in condition) return condition.any.some((c) => evaluateShowIf(c, read));
  if ('not' in condition) return !evaluateShowIf(condition.not, read);
  const value = read(condition.item);
  if ('equals' in condition) return value === condition.equals;
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  return hasAnswer(value) === condition.answered;
}

/**
 * Ids of the sections and items to show for these answers. An answer to a hidden item
 * counts as absent, so switching from out-call to in-call also hides what hung on
 * out-call answers. Answers are never deleted; they are only not shown.
 */
export function visibleIds(template: Template, answers: AnswerLookup): Set<string> {
  const index = indexTemplate(template);
  const memo = new Map<string, boolean>();
  const visible = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    // Provisional "hidden" guards against a cycle in a template that skipped validation.
    memo.set(id, false);
    const section = index.sections.get(id)?.section;
    const entry = index.items.get(id);
    const parent = entry ? (entry.groupId ?? entry.sectionId) : undefined;
    const condition = section ? section.showIf : entry?.item.showIf;
    const read = (itemId: string) => (visible(itemId) ? answers[itemId]?.value : undefined);
    const result =
      (section !== undefined || entry !== undefined) &&
      (parent === undefined || visible(parent)) &&
      evaluateShowIf(condition, read);
    memo.set(id, result);
    return result;
  };
  const ids = [...index.sections.keys(), ...index.items.keys()];
  return new Set(ids.filter(visible));
}
