import { t } from '../../i18n';
import { type CopyChoices, includeInCopy } from '../../plans/sharing';
import type { Plan } from '../../plans/types';
import { pickText } from '../../templates/localise';
import { visibleIds } from '../../templates/show-if';
import type { Template } from '../../templates/types';

/**
 * A credit-card-sized card: the numbers to learn by heart, and key phrases in the
 * plan's language and in English, for when the phone has been taken.
 */
export function WalletCard({
  template,
  plan,
  choices,
}: {
  template: Template;
  plan: Plan;
  choices: CopyChoices;
}) {
  const visible = visibleIds(template, plan.answers);
  const numbers: { id: string; name: string; number: string }[] = [];
  const phrases: { id: string; own: string; english: string }[] = [];
  for (const section of template.sections) {
    for (const item of section.items) {
      if (!visible.has(item.id)) continue;
      const answer = plan.answers[item.id];
      if (item.kind === 'memoriseNumber' && answer?.kind === 'memoriseNumber') {
        if (includeInCopy('me', choices, section, item, answer) && answer.value.number) {
          numbers.push({
            id: item.id,
            name: answer.value.name || pickText(item.label, plan.language),
            number: answer.value.number,
          });
        }
      }
      if (item.kind === 'info' && item.walletCard) {
        phrases.push({
          id: item.id,
          own: pickText(item.body, plan.language),
          english: item.body.en ?? '',
        });
      }
    }
  }
  return (
    <div class="wallet-cards">
      <section class="wallet-card" aria-label={t('wallet.numbers')}>
        <h2>{t('wallet.numbers')}</h2>
        <dl>
          {numbers.map((n) => (
            <div key={n.id} class="wallet-card__row">
              <dt>{n.name}</dt>
              <dd translate={false}>{n.number}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section class="wallet-card" aria-label={t('wallet.phrases')}>
        <h2>{t('wallet.phrases')}</h2>
        <ul>
          {phrases.map((p) => (
            <li key={p.id}>
              <span lang={plan.language}>{p.own}</span>
              {plan.language !== 'en' && (
                <span class="wallet-card__english" lang="en">
                  {p.english}
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
