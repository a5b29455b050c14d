import { indexTemplate, type TemplateIndex } from '../templates/item-index.ts';
import type { Item, LocalisedText, Template } from '../templates/types.ts';
import type { Answer, EarlierAnswer, EarlierReason, LeafAnswer, Plan } from './types.ts';

/** Where a moved answer came from, for its "from the earlier version" entry. */
interface Origin {
  itemId: string;
  groupId?: string;
  repeat?: number;
  oldItem: Item | undefined;
}

/** The result of fitting one answer to its item in the new version. */
interface Fit<A extends Answer> {
  keep?: A;
  earlier: Array<{ answer: Answer; reason: EarlierReason; itemId: string; repeat?: number }>;
}

function choiceIds(item: Item): string[] | undefined {
  if (item.kind === 'singleChoice' || item.kind === 'multipleChoice')
    return item.options.map((o) => o.id);
  if (item.kind === 'checklist') return item.entries.map((e) => e.id);
  return undefined;
}

/** Fits an answer to a leaf item: same kind, and only options that still exist. */
function fitLeaf(answer: LeafAnswer, item: Item | undefined, itemId: string): Fit<LeafAnswer> {
  if (!item) return { earlier: [{ answer, reason: 'removed', itemId }] };
  if (item.kind !== answer.kind) return { earlier: [{ answer, reason: 'kindChanged', itemId }] };
  const ids = choiceIds(item);
  if (!ids) return { keep: answer, earlier: [] };
  if (answer.kind === 'singleChoice') {
    return ids.includes(answer.value)
      ? { keep: answer, earlier: [] }
      : { earlier: [{ answer, reason: 'optionRemoved', itemId }] };
  }
  if (answer.kind !== 'multipleChoice' && answer.kind !== 'checklist')
    return { keep: answer, earlier: [] };
  const kept = answer.value.filter((id) => ids.includes(id));
  const gone = answer.value.filter((id) => !ids.includes(id));
  return {
    keep: kept.length > 0 || gone.length === 0 ? { ...answer, value: kept } : undefined,
    earlier:
      gone.length > 0
        ? [{ answer: { ...answer, value: gone }, reason: 'optionRemoved', itemId }]
        : [],
  };
}

/** Fits a group answer repeat by repeat; sub-answers that no longer fit move out. */
function fitGroup(answer: Extract<Answer, { kind: 'group' }>, item: Item): Fit<Answer> {
  if (item.kind !== 'group')
    return { earlier: [{ answer, reason: 'kindChanged', itemId: item.id }] };
  const earlier: Fit<Answer>['earlier'] = [];
  const repeats = answer.value.map((record, repeat) => {
    const kept: Record<string, LeafAnswer> = {};
    for (const [subId, sub] of Object.entries(record)) {
      const fit = fitLeaf(
        sub,
        item.items.find((child) => child.id === subId),
        subId,
      );
      if (fit.keep) kept[subId] = fit.keep;
      for (const moved of fit.earlier) earlier.push({ ...moved, repeat });
    }
    return kept;
  });
  return { keep: { ...answer, value: repeats.filter((r) => Object.keys(r).length > 0) }, earlier };
}

function optionLabels(item: Item | undefined): Record<string, LocalisedText> | undefined {
  if (!item) return undefined;
  const options =
    item.kind === 'checklist' ? item.entries : 'options' in item ? item.options : undefined;
  return options ? Object.fromEntries(options.map((o) => [o.id, o.label])) : undefined;
}

function oldItemOf(oldIndex: TemplateIndex | undefined, itemId: string, groupId?: string) {
  const entry = oldIndex?.items.get(itemId);
  if (!entry || entry.groupId !== groupId) return undefined;
  return entry.item;
}

function toEarlier(
  plan: Plan,
  origin: Origin,
  answer: Answer,
  reason: EarlierReason,
): EarlierAnswer {
  const earlier: EarlierAnswer = {
    itemId: origin.itemId,
    fromVersion: plan.templateVersion,
    reason,
    answer,
  };
  if (origin.groupId !== undefined) earlier.groupId = origin.groupId;
  if (origin.repeat !== undefined) earlier.repeat = origin.repeat;
  if (origin.oldItem) earlier.question = origin.oldItem.label;
  const labels = optionLabels(origin.oldItem);
  if (labels) earlier.optionLabels = labels;
  return earlier;
}

/**
 * Moves a plan to a newer (or any other) version of its template. Answers are mapped by
 * item id; an answer whose item was removed, changed kind, or lost the chosen option is
 * kept in `earlierAnswers`, with the old question text when `oldTemplate` (the version
 * the plan was filled from) is given. No text is ever dropped. Pure: the input plan is
 * not changed, and timestamps are left to the caller.
 * @throws Error if the template is not the one the plan was made from.
 */
export function upgradePlan(plan: Plan, newTemplate: Template, oldTemplate?: Template): Plan {
  if (plan.templateId !== newTemplate.id) {
    throw new Error(`Plan is for template "${plan.templateId}", not "${newTemplate.id}"`);
  }
  const source = structuredClone(plan);
  const newIndex = indexTemplate(newTemplate);
  const oldIndex =
    oldTemplate?.id === plan.templateId && oldTemplate.version === plan.templateVersion
      ? indexTemplate(oldTemplate)
      : undefined;
  const answers: Record<string, Answer> = {};
  const earlierAnswers = [...source.earlierAnswers];
  for (const [itemId, answer] of Object.entries(source.answers)) {
    const entry = newIndex.items.get(itemId);
    // An item that moved into a group now expects its answer per repeat: keep the old one apart.
    const item = entry && entry.groupId === undefined ? entry.item : undefined;
    const fit: Fit<Answer> =
      answer.kind === 'group'
        ? item
          ? fitGroup(answer, item)
          : { earlier: [{ answer, reason: 'removed', itemId }] }
        : fitLeaf(answer, item, itemId);
    if (fit.keep) answers[itemId] = fit.keep;
    for (const moved of fit.earlier) {
      const inGroup = moved.itemId !== itemId || moved.repeat !== undefined;
      const origin: Origin = inGroup
        ? {
            itemId: moved.itemId,
            groupId: itemId,
            repeat: moved.repeat,
            oldItem: oldItemOf(oldIndex, moved.itemId, itemId),
          }
        : { itemId, oldItem: oldItemOf(oldIndex, itemId) };
      earlierAnswers.push(toEarlier(source, origin, moved.answer, moved.reason));
    }
  }
  return { ...source, templateVersion: newTemplate.version, answers, earlierAnswers };
}
