import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';
import { markForLater } from '../../plans/edit';
import { visibleSections } from '../../plans/progress';
import type { Plan } from '../../plans/types';
import { visibleIds } from '../../templates/show-if';
import type { Template } from '../../templates/types';
import { SupportBar } from '../Support/SupportBar';
import { loadPlans, plans, templateFor } from '../session/plans';
import { screen } from '../session/screen';
import { TopBar } from '../TopBar';
import { SaveStatus } from './SaveStatus';
import { SectionList } from './SectionList';
import { SectionView } from './SectionView';
import { useDraft } from './use-draft';
import './style.css';

/** The plan editor: find the plan and its template, then edit one section at a time. */
export function Editor({ planId, sectionId }: { planId: string; sectionId?: string }) {
  useEffect(() => {
    if (plans.value === null) void loadPlans();
  }, []);
  const stored = plans.value?.find((entry) => entry.id === planId);
  if (!stored?.ok) return null;
  const template = templateFor(stored.plan);
  if (!template) {
    return (
      <main class="page">
        <p>{t('editor.missingTemplate')}</p>
      </main>
    );
  }
  return <EditPlan key={planId} initial={stored.plan} template={template} sectionId={sectionId} />;
}

interface EditProps {
  initial: Plan;
  template: Template;
  sectionId: string | undefined;
}

function EditPlan({ initial, template, sectionId }: EditProps) {
  const { plan, status, update, flush } = useDraft(initial);
  const sections = visibleSections(template, plan);
  const visible = visibleIds(template, plan.answers);
  const index = Math.max(
    0,
    sections.findIndex((s) => s.id === sectionId),
  );
  const section = sections[index];
  const heading = useRef<HTMLDivElement>(null);

  const go = (id: string | undefined) => {
    flush();
    screen.value = id
      ? { name: 'plan', planId: plan.id, sectionId: id }
      : { name: 'view', planId: plan.id };
  };
  useEffect(() => {
    // Move focus to the new section's heading so screen readers start there.
    heading.current?.querySelector<HTMLElement>('h2')?.focus();
    window.scrollTo({ top: 0 });
  }, [section?.id]);

  if (!section) return null;
  const next = sections[index + 1]?.id;
  const later = (plan.later ?? []).includes(section.id);

  return (
    <>
      <TopBar title={plan.title}>
        <button
          type="button"
          class="button"
          onClick={() => {
            flush();
            screen.value = { name: 'home' };
          }}
        >
          {t('editor.home')}
        </button>
      </TopBar>
      <div class="editor">
        <main class="editor__main" ref={heading}>
          <p class="editor__step">
            {t('editor.sectionOf', { number: index + 1, total: sections.length })}
          </p>
          <p class="hint">{t('editor.skipHint')}</p>
          {template.translations[plan.language]?.status === 'draft' && plan.language !== 'en' && (
            <p class="hint">{t('editor.draftTranslation')}</p>
          )}
          <SupportBar template={template} planLanguage={plan.language} />
          <SectionView
            template={template}
            section={section}
            plan={plan}
            visible={visible}
            update={update}
          />
          <SaveStatus status={status} retry={flush} />
          <div class="editor__nav">
            {index > 0 && (
              <button type="button" class="button" onClick={() => go(sections[index - 1]?.id)}>
                {t('editor.previous')}
              </button>
            )}
            <button type="button" class="button button--primary" onClick={() => go(next)}>
              {next ? t('editor.next') : t('editor.finish')}
            </button>
            {next && (
              <button type="button" class="button" onClick={() => go(next)}>
                {t('editor.skip')}
              </button>
            )}
            <button
              type="button"
              class="button"
              aria-pressed={later}
              onClick={() => update((p) => markForLater(p, section.id, !later, new Date()))}
            >
              {later ? t('editor.laterUndo') : t('editor.later')}
            </button>
          </div>
        </main>
        {/* After the questions in reading and tab order; beside them on wide screens. */}
        <SectionList
          template={template}
          plan={plan}
          sections={sections}
          current={section.id}
          go={go}
        />
      </div>
    </>
  );
}
