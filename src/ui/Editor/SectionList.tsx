import { t, tn } from '../../i18n';
import { sectionProgress } from '../../plans/progress';
import type { Plan } from '../../plans/types';
import type { Section, Template } from '../../templates/types';
import { Localised } from './items/Localised';

interface Props {
  template: Template;
  plan: Plan;
  sections: Section[];
  current: string;
  go: (sectionId: string) => void;
}

/** All sections with what has been answered in each; the current one is marked. */
export function SectionList({ template, plan, sections, current, go }: Props) {
  const later = new Set(plan.later ?? []);
  return (
    <nav class="section-list" aria-label={t('editor.sections')}>
      <ol>
        {sections.map((section) => {
          const progress = sectionProgress(template, plan, section);
          return (
            <li key={section.id}>
              <button
                type="button"
                class="section-list__item"
                aria-current={section.id === current ? 'step' : undefined}
                onClick={() => go(section.id)}
              >
                <span class="section-list__title">
                  <Localised text={section.title} lang={plan.language} />
                </span>
                <span class="section-list__progress">
                  {progress.questions === 0
                    ? t('editor.noQuestions')
                    : tn('editor.answered', progress.questions, { answered: progress.answered })}
                </span>
                {later.has(section.id) && (
                  <span class="section-list__later">{t('editor.laterMarked')}</span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
