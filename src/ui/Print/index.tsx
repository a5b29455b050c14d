import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { CopyChoices } from '../../plans/sharing';
import { PlanDocument } from '../PlanView/PlanDocument';
import { SelfOpeningFile } from '../SelfOpeningFile';
import { plans, templateFor } from '../session/plans';
import { screen } from '../session/screen';
import { TopBar } from '../TopBar';
import { WalletCard } from './WalletCard';
import './style.css';

type Kind = 'myPlan' | 'contactSheet' | 'walletCard';

/** Print views: my plan, the trusted contact's sheet, a wallet card — after a warning. */
export function Print({ planId }: { planId: string }) {
  const id = useId();
  const [kind, setKind] = useState<Kind>('myPlan');
  const [choices, setChoices] = useState<CopyChoices>({ sensitive: false, private: false });
  const stored = plans.value?.find((entry) => entry.id === planId);
  if (!stored?.ok) return null;
  const plan = stored.plan;
  const template = templateFor(plan);
  if (!template) return null;
  const kinds: Kind[] = ['myPlan', 'contactSheet', 'walletCard'];

  return (
    <>
      <TopBar title={t('print.title')}>
        <button
          type="button"
          class="button"
          onClick={() => (screen.value = { name: 'view', planId })}
        >
          {t('print.back')}
        </button>
      </TopBar>
      <main class="page stack">
        <p class="notice" role="note">
          {t('print.warning')}
        </p>
        <fieldset class="item choice">
          <legend>{t('print.what')}</legend>
          {kinds.map((k) => (
            <label key={k} class="choice__option">
              <input
                type="radio"
                name={`${id}-kind`}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              <span>{t(`print.${k}`)}</span>
            </label>
          ))}
        </fieldset>
        <label class="choice__option">
          <input
            type="checkbox"
            checked={choices.sensitive}
            onChange={(e) => setChoices({ ...choices, sensitive: e.currentTarget.checked })}
          />
          <span>{t('print.includeSensitive')}</span>
        </label>
        {kind !== 'contactSheet' && (
          <label class="choice__option">
            <input
              type="checkbox"
              checked={choices.private}
              onChange={(e) => setChoices({ ...choices, private: e.currentTarget.checked })}
            />
            <span>{t('print.includePrivate')}</span>
          </label>
        )}
        {kind === 'contactSheet' && <p class="hint">{t('print.contactWarning')}</p>}
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          {t('print.button')}
        </button>
        {kind !== 'walletCard' && (
          <SelfOpeningFile
            plan={plan}
            template={template}
            copy={kind === 'contactSheet' ? 'trustedContact' : 'me'}
            choices={choices}
          />
        )}
        <div class="print-area" lang={plan.language}>
          <h1 class="print-area__title">{plan.title}</h1>
          {kind === 'walletCard' ? (
            <WalletCard template={template} plan={plan} choices={choices} />
          ) : (
            <PlanDocument
              template={template}
              plan={plan}
              copy={kind === 'contactSheet' ? 'trustedContact' : 'me'}
              choices={kind === 'contactSheet' ? { ...choices, private: false } : choices}
              withInformation={kind === 'contactSheet'}
            />
          )}
        </div>
      </main>
    </>
  );
}
