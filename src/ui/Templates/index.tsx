import { useEffect, useId, useState } from 'preact/hooks';
import { inflateWithin } from '../../exchange/deflate';
import type { FrameSetResult } from '../../exchange/qr/frames';
import { MAX_LINK_JSON_BYTES } from '../../exchange/template-link';
import { t, tn, uiLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import type { InstalledTemplate } from '../../templates/installed';
import { pickText } from '../../templates/localise';
import type { Template } from '../../templates/types';
import { ConfirmRemove } from '../ConfirmRemove';
import { ScanButton } from '../QrScanner/ScanButton';
import { loadPlans, plans, templates } from '../session/plans';
import { screen } from '../session/screen';
import { installedTemplates, receiveTemplate, uninstall } from '../session/templates';
import { TopBar } from '../TopBar';
import { SigningKey } from './SigningKey';
import { SourceLine } from './SourceLine';
import '../Home/style.css';
import './style.css';

/** Most bytes read from a chosen template file (the validator allows 512 KiB of template). */
const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Templates on this device: the built-in ones and, apart, the ones the person imported
 * (with where they came from). Import a file; share or export any template.
 */
export function Templates() {
  useEffect(() => {
    if (templates.value === null || installedTemplates.value === null) void loadPlans();
  }, []);
  const fileId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    if (file.size > MAX_FILE_BYTES) return setProblem(t('templates.tooLarge'));
    await receiveTemplate(await file.text(), { kind: 'file', fileName: file.name.slice(0, 255) });
  };

  const importCodes = async (result: FrameSetResult) => {
    setProblem(null);
    if (result.kind !== 'template') return setProblem(t('templates.scanNotTemplate'));
    const bytes = await inflateWithin(result.data, MAX_LINK_JSON_BYTES);
    if (typeof bytes === 'string') return setProblem(t('import.linkBroken'));
    await receiveTemplate(new TextDecoder().decode(bytes), { kind: 'qr' });
  };

  return (
    <>
      <TopBar title={t('templates.title')}>
        <button type="button" class="button" onClick={() => (screen.value = { name: 'home' })}>
          {t('editor.home')}
        </button>
      </TopBar>
      <main class="page stack">
        <p>{t('templates.intro')}</p>
        <h2>{t('templates.builtIn')}</h2>
        <ul class="plan-list">
          {(templates.value ?? []).map((template) => (
            <TemplateRow key={template.id} template={template} />
          ))}
        </ul>
        <h2>{t('templates.imported')}</h2>
        {(installedTemplates.value ?? []).length === 0 && <p>{t('templates.noneImported')}</p>}
        <ul class="plan-list">
          {(installedTemplates.value ?? []).map((entry) => (
            <TemplateRow key={entry.recordId} template={entry.template} installed={entry} />
          ))}
        </ul>
        <div class="field">
          <label for={fileId}>{t('templates.importLabel')}</label>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${fileId}-hint`}
            onChange={(event) => void importFile(event.currentTarget.files?.[0])}
          />
          <p id={`${fileId}-hint`} class="hint">
            {t('templates.importHint')}
          </p>
        </div>
        <ScanButton
          label={t('templates.scan')}
          onComplete={(result) => void importCodes(result).catch(() => undefined)}
        />
        <p role="alert" class="problem">
          {problem ?? ''}
        </p>
        <SigningKey />
      </main>
    </>
  );
}

function TemplateRow({
  template,
  installed,
}: {
  template: Template;
  installed?: InstalledTemplate;
}) {
  const lang = template.languages.includes(uiLanguage.value) ? uiLanguage.value : 'en';
  const [confirming, setConfirming] = useState(false);
  const inUse = (plans.value ?? []).filter(
    (entry) => entry.ok && entry.plan.templateId === template.id,
  ).length;
  const bundledTwin = (templates.value ?? []).some((other) => other.id === template.id);
  // Plans need their template: it goes only if none uses it, or a built-in one takes over.
  const removable = inUse === 0 || bundledTwin;
  return (
    <li class="plan-row" lang={lang}>
      <p class="template-row__title">{pickText(template.title, lang)}</p>
      <div class="plan-row__meta" lang={uiLanguage.value}>
        <p>
          {t('templates.version', { version: template.version, date: formatDate(template.asOf) })}
        </p>
        {installed && <SourceLine entry={installed} />}
      </div>
      <div class="plan-row__actions" lang={uiLanguage.value}>
        <button
          type="button"
          class="button"
          onClick={() =>
            (screen.value = {
              name: 'shareTemplate',
              templateId: template.id,
              recordId: installed?.recordId,
            })
          }
        >
          {t('templates.share')}
        </button>
        {installed && !confirming && (
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            {t('templates.remove')}
          </button>
        )}
      </div>
      {installed && confirming && (
        <div lang={uiLanguage.value}>
          <ConfirmRemove
            question={removable ? t('templates.removeConfirm') : tn('templates.removeInUse', inUse)}
            confirm={
              removable
                ? { label: t('templates.removeYes'), onClick: () => void uninstall(installed) }
                : undefined
            }
            onCancel={() => setConfirming(false)}
          />
        </div>
      )}
    </li>
  );
}
