import { useId, useState } from 'preact/hooks';
import { t, tn, uiLanguage } from '../../i18n';
import { formatDate, formatJurisdiction } from '../../i18n/format';
import { LANGUAGES } from '../../i18n/languages';
import { pickText } from '../../templates/localise';
import { diffTemplates } from '../../templates/share/diff';
import { templates } from '../session/plans';
import { screen } from '../session/screen';
import {
  installedWithId,
  installPending,
  type PendingImport,
  pendingImport,
} from '../session/templates';
import { TopBar } from '../TopBar';
import { Differences } from './Differences';
import { Verdict } from './Verdict';

const leave = () => {
  pendingImport.value = null;
  screen.value = { name: 'templates' };
};

/**
 * A received template before anything is stored: what it is, who signed it (and whether
 * that can be trusted), and what differs from the version already here. Installing is
 * the person's choice; an altered signed template cannot be installed.
 */
export function ImportTemplate() {
  const pending = pendingImport.value;
  return (
    <>
      <TopBar title={t('import.title')}>
        <button type="button" class="button" onClick={leave}>
          {t('common.cancel')}
        </button>
      </TopBar>
      <main class="page stack">
        {pending === null && <p class="hint">{t('app.loading')}</p>}
        {pending && 'errors' in pending && (
          <div class="notice stack" role="alert">
            <p>{t('import.invalid')}</p>
            <ul>
              {pending.errors.slice(0, 5).map((error) => (
                <li key={error.path + error.message}>
                  <code>{error.path}</code> {error.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {pending && 'template' in pending && <Preview pending={pending} />}
      </main>
    </>
  );
}

function Preview({ pending }: { pending: PendingImport }) {
  const id = useId();
  const [trustNewKey, setTrustNewKey] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { template, verdict } = pending;
  const lang = template.languages.includes(uiLanguage.value) ? uiLanguage.value : 'en';
  const bundled = (templates.value ?? []).find((other) => other.id === template.id);
  const installed = installedWithId(template.id)?.template;
  const shadowedByBundled = bundled !== undefined && bundled.version >= template.version;
  const olderThanInstalled = installed !== undefined && installed.version > template.version;
  const blocked = verdict.kind === 'altered' || shadowedByBundled || olderThanInstalled;
  const current = installed ?? bundled;

  const install = async () => {
    setBusy(true);
    try {
      await installPending({ trustNewKey });
      screen.value = { name: 'templates' };
    } catch {
      setProblem(t('import.failed'));
      setBusy(false);
    }
  };

  return (
    <>
      <Verdict pending={pending} />
      <section class="stack" aria-labelledby={`${id}-what`}>
        <h2 id={`${id}-what`} lang={lang}>
          {pickText(template.title, lang)}
        </h2>
        <p lang={lang}>{pickText(template.summary, lang)}</p>
        <ul>
          <li>
            {t('choose.meta', {
              place: formatJurisdiction(template.jurisdiction),
              date: formatDate(template.asOf),
            })}
          </li>
          <li>{t('import.version', { version: template.version })}</li>
          <li>{t('import.languages', { languages: languageNames(template.languages) })}</li>
          <li>{tn('import.parts', template.sections.length)}</li>
          <li>{t('import.authors', { names: template.authors.map((a) => a.name).join(', ') })}</li>
        </ul>
        <details class="parts">
          <summary>{t('import.showParts')}</summary>
          <ol lang={lang}>
            {template.sections.map((section) => (
              <li key={section.id}>{pickText(section.title, lang)}</li>
            ))}
          </ol>
        </details>
      </section>
      {current && <Differences diff={diffTemplates(current, template)} lang={lang} />}
      {shadowedByBundled && <p class="notice">{t('import.builtInNewer')}</p>}
      {olderThanInstalled && <p class="notice">{t('import.olderThanInstalled')}</p>}
      {verdict.kind === 'key-changed' && (
        <div class="private-toggle">
          <input
            id={`${id}-trust`}
            type="checkbox"
            checked={trustNewKey}
            onChange={(event) => setTrustNewKey(event.currentTarget.checked)}
          />
          <label for={`${id}-trust`}>{t('import.trustNewKey', { name: verdict.signer })}</label>
        </div>
      )}
      <p role="alert" class="problem">
        {problem ?? ''}
      </p>
      {!blocked && (
        <button
          type="button"
          class="button button--primary"
          disabled={busy}
          onClick={() => void install()}
        >
          {t('import.install')}
        </button>
      )}
      <button type="button" class="button" onClick={leave}>
        {t('import.dontInstall')}
      </button>
    </>
  );
}

function languageNames(tags: readonly string[]): string {
  return tags
    .map((tag) => LANGUAGES.find((language) => language.tag === tag)?.name ?? tag)
    .join(', ');
}
