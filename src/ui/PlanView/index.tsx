import { t } from '../../i18n';
import { plans, templateFor } from '../session/plans';
import { screen } from '../session/screen';
import { TopBar } from '../TopBar';
import { PlanDocument } from './PlanDocument';

/** The whole plan, read-only, grouped by section. */
export function PlanView({ planId }: { planId: string }) {
  const stored = plans.value?.find((entry) => entry.id === planId);
  if (!stored?.ok) return null;
  const template = templateFor(stored.plan);
  return (
    <>
      <TopBar title={stored.plan.title}>
        <button type="button" class="button" onClick={() => (screen.value = { name: 'home' })}>
          {t('editor.home')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => (screen.value = { name: 'plan', planId })}
        >
          {t('view.edit')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => (screen.value = { name: 'print', planId })}
        >
          {t('view.print')}
        </button>
      </TopBar>
      <main class="page">
        {template ? (
          <PlanDocument template={template} plan={stored.plan} />
        ) : (
          <p>{t('editor.missingTemplate')}</p>
        )}
      </main>
    </>
  );
}
