import { useEffect, useId, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../i18n';
import { LANGUAGES } from '../../i18n/languages';
import { pickText } from '../../templates/localise';
import { type PackageSignature, writeTemplatePackage } from '../../templates/share/package';
import { templateInLanguages } from '../../templates/share/subset';
import type { Template } from '../../templates/types';
import { FileActions } from '../FileActions';
import { screen } from '../session/screen';
import { loadSigningIdentity, signingIdentity, signTemplate } from '../session/templates';
import { datedName } from '../share-file';
import { TopBar } from '../TopBar';
import { ShareOutputs } from './ShareOutputs';

/** What the person chose to send, made into package text. */
export interface MadePackage {
  text: string;
  file: File;
}

/**
 * Share a template with another organisation or person: choose languages (fewer make a
 * smaller link and fewer QR codes), sign it if this vault has a signing key, then export a
 * file, a link or QR codes. A template holds no answers.
 */
export function ShareTemplate({ template }: { template: Template }) {
  const id = useId();
  useEffect(() => void loadSigningIdentity().catch(() => undefined), []);
  const others = template.languages.filter((tag) => tag !== 'en');
  const [chosen, setChosen] = useState<string[]>(
    others.includes(uiLanguage.value) ? [uiLanguage.value] : [],
  );
  const [sign, setSign] = useState(true);
  const [made, setMade] = useState<MadePackage | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const identity = signingIdentity.value;
  const lang = template.languages.includes(uiLanguage.value) ? uiLanguage.value : 'en';

  const toggle = (tag: string, on: boolean) => {
    setMade(null);
    setChosen(on ? [...chosen, tag] : chosen.filter((other) => other !== tag));
  };

  const make = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const subset = templateInLanguages(template, chosen);
      const signature: PackageSignature | undefined =
        identity && sign ? await signTemplate(subset) : undefined;
      const text = writeTemplatePackage(subset, signature);
      const file = new File([text], datedName('template', 'json'), { type: 'application/json' });
      setMade({ text, file });
    } catch {
      setProblem(t('share.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <TopBar title={t('share.title')}>
        <button type="button" class="button" onClick={() => (screen.value = { name: 'templates' })}>
          {t('common.back')}
        </button>
      </TopBar>
      <main class="page stack">
        <h2 lang={lang}>{pickText(template.title, lang)}</h2>
        <p class="notice" role="note">
          {t('share.who')}
        </p>
        <form class="stack" onSubmit={make} aria-busy={busy}>
          <fieldset class="item choice">
            <legend>{t('share.languages')}</legend>
            <p class="hint">{t('share.languagesHint')}</p>
            {others.map((tag) => (
              <label key={tag} class="choice__option">
                <input
                  type="checkbox"
                  checked={chosen.includes(tag)}
                  onChange={(event) => toggle(tag, event.currentTarget.checked)}
                />
                <span lang={tag}>{LANGUAGES.find((l) => l.tag === tag)?.name ?? tag}</span>
              </label>
            ))}
          </fieldset>
          {identity ? (
            <div class="private-toggle">
              <input
                id={`${id}-sign`}
                type="checkbox"
                checked={sign}
                onChange={(event) => {
                  setMade(null);
                  setSign(event.currentTarget.checked);
                }}
              />
              <label for={`${id}-sign`}>
                {t('share.sign', { name: identity.name, fingerprint: identity.fingerprint })}
              </label>
            </div>
          ) : (
            <p class="hint">{t('share.noKey')}</p>
          )}
          <p role="alert" class="problem">
            {problem ?? ''}
          </p>
          <button type="submit" class="button button--primary" disabled={busy}>
            {t('share.make')}
          </button>
        </form>
        {made && (
          <section class="stack" aria-live="polite">
            <p>{t('share.ready')}</p>
            <FileActions file={made.file} save={t('share.export')} share={t('share.shareFile')} />
            <ShareOutputs text={made.text} />
          </section>
        )}
      </main>
    </>
  );
}
