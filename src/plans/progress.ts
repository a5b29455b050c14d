import { hasAnswer, visibleIds } from '../templates/show-if.ts';
import type { Section, Template } from '../templates/types.ts';
import type { Plan } from './types.ts';

/** What has been answered in one section: counts, never a score. */
export interface SectionProgress {
  answered: number;
  questions: number;
}

/** The visible sections of a template for these answers, in order. */
export function visibleSections(template: Template, plan: Plan): Section[] {
  const visible = visibleIds(template, plan.answers);
  return template.sections.filter((section) => visible.has(section.id));
}

/** Answered and shown questions in a section (information blocks are not questions). */
export function sectionProgress(template: Template, plan: Plan, section: Section): SectionProgress {
  const visible = visibleIds(template, plan.answers);
  const questions = section.items.filter((item) => item.kind !== 'info' && visible.has(item.id));
  const answered = questions.filter((item) => hasAnswer(plan.answers[item.id]?.value)).length;
  return { answered, questions: questions.length };
}
