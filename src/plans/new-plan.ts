import { pickText } from '../templates/localise.ts';
import type { Template } from '../templates/types.ts';
import type { Plan } from './types.ts';

/** A fresh, empty plan from a template, in the language the person chose. */
export function newPlan(template: Template, id: string, language: string, now: Date): Plan {
  const stamp = now.toISOString();
  return {
    formatVersion: 1,
    id,
    templateId: template.id,
    templateVersion: template.version,
    title: pickText(template.title, language),
    language,
    createdAt: stamp,
    updatedAt: stamp,
    answers: {},
    earlierAnswers: [],
  };
}

/** A copy of a plan under a new id and title; answers are deep-copied. */
export function copyPlan(plan: Plan, id: string, title: string, now: Date): Plan {
  const stamp = now.toISOString();
  return { ...structuredClone(plan), id, title, createdAt: stamp, updatedAt: stamp };
}
