import { useEffect, useId } from 'preact/hooks';
import { t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { pickText } from '../../templates/localise';
import type { Template } from '../../templates/types';
import { loadPlans, startPlan, templates } from '../session/plans';
import { screen } from '../session/screen';
import { TopBar } from '../TopBar';
import '../Home/style.css';

/** Choose the template a new plan starts from. */
export function ChooseTemplate() {
  useEffect(() => {
    if (templates.value === null) void loadPlans();
  }, []);
  return (
    <>
      <TopBar title={t('choose.title')}>
        <button type="button" class="button" onClick={() => (screen.value = { name: 'home' })}>
          {t('choose.cancel')}
        </button>
      </TopBar>
      <main class="page stack">
        <p>{t('choose.intro')}</p>
        <ul class="plan-list">
          {(templates.value ?? []).map((template) => (
            <TemplateChoice key={template.id} template={template} />
          ))}
        </ul>
      </main>
    </>
  );
}

function TemplateChoice({ template }: { template: Template }) {
  const id = useId();
  const lang = 'en';
  return (
    <li class="plan-row">
      <button
        type="button"
        class="plan-row__open"
        aria-describedby={id}
        onClick={() => void startPlan(template, lang)}
      >
        {pickText(template.title, lang)}
      </button>
      <div id={id} class="plan-row__meta">
        <p>{pickText(template.summary, lang)}</p>
        <p>{t('choose.meta', { place: template.jurisdiction, date: formatDate(template.asOf) })}</p>
      </div>
    </li>
  );
}
