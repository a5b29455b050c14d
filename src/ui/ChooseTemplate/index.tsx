import { useEffect, useId, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../i18n';
import { formatDate, formatJurisdiction } from '../../i18n/format';
import { LANGUAGES } from '../../i18n/languages';
import { pickTemplate } from '../../templates/installed';
import { pickText } from '../../templates/localise';
import type { Template } from '../../templates/types';
import { loadPlans, startPlan, templates } from '../session/plans';
import { preferences } from '../session/preferences';
import { screen } from '../session/screen';
import { supportMode } from '../session/support';
import { installedTemplates } from '../session/templates';
import { TopBar } from '../TopBar';
import '../Home/style.css';

/** Choose the template a new plan starts from, and the language to fill it in. */
export function ChooseTemplate() {
  useEffect(() => {
    if (templates.value === null) void loadPlans();
    supportMode.value = preferences.value.supportModeDefault;
  }, []);
  const languageId = useId();
  const [lang, setLang] = useState<string>(uiLanguage.value);
  const togetherId = useId();
  const installed = installedTemplates.value ?? [];
  const bundledIds = new Set((templates.value ?? []).map((template) => template.id));
  const added = installed.filter((entry) => !bundledIds.has(entry.template.id));
  return (
    <>
      <TopBar title={t('choose.title')}>
        <button type="button" class="button" onClick={() => (screen.value = { name: 'home' })}>
          {t('choose.cancel')}
        </button>
      </TopBar>
      <main class="page stack">
        <p>{t('choose.intro')}</p>
        <div class="field language-picker">
          <label for={languageId}>{t('choose.language')}</label>
          <select
            id={languageId}
            value={lang}
            onChange={(event) => setLang(event.currentTarget.value)}
          >
            {LANGUAGES.map((language) => (
              <option key={language.tag} value={language.tag} lang={language.tag}>
                {language.name}
              </option>
            ))}
          </select>
        </div>
        <div class="private-toggle">
          <input
            id={togetherId}
            type="checkbox"
            checked={supportMode.value}
            onChange={(event) => (supportMode.value = event.currentTarget.checked)}
          />
          <label for={togetherId}>{t('choose.together')}</label>
        </div>
        <ul class="plan-list">
          {(templates.value ?? []).map(({ id }) => {
            // An imported newer version of a built-in template replaces it here.
            const template = pickTemplate(id, templates.value ?? [], installed);
            return template && <TemplateChoice key={id} template={template} lang={lang} />;
          })}
        </ul>
        {added.length > 0 && (
          <>
            <h2>{t('templates.imported')}</h2>
            <ul class="plan-list">
              {added.map((entry) => (
                <TemplateChoice key={entry.recordId} template={entry.template} lang={lang} />
              ))}
            </ul>
          </>
        )}
      </main>
    </>
  );
}

function TemplateChoice({ template, lang }: { template: Template; lang: string }) {
  const id = useId();
  // A template without the chosen language is filled in English.
  const planLang = template.languages.includes(lang) ? lang : 'en';
  return (
    <li class="plan-row" lang={planLang}>
      <button
        type="button"
        class="plan-row__open"
        aria-describedby={id}
        onClick={() => void startPlan(template, planLang)}
      >
        {pickText(template.title, planLang)}
      </button>
      <div id={id} class="plan-row__meta">
        <p>{pickText(template.summary, planLang)}</p>
        <p lang={uiLanguage.value}>
          {t('choose.meta', {
            place: formatJurisdiction(template.jurisdiction),
            date: formatDate(template.asOf),
          })}
        </p>
      </div>
    </li>
  );
}
