import { t } from '../../i18n';

/** The training's five questions and reminders, as prompts for the support worker. */
export function ConversationGuide() {
  return (
    <details class="conversation-guide">
      <summary>{t('support.guide')}</summary>
      <p>{t('support.guideIntro')}</p>
      <ol>
        <li>{t('support.q1')}</li>
        <li>{t('support.q2')}</li>
        <li>{t('support.q3')}</li>
        <li>{t('support.q4')}</li>
        <li>{t('support.q5')}</li>
      </ol>
      <h3>{t('support.remindersTitle')}</h3>
      <ul>
        <li>{t('support.r1')}</li>
        <li>{t('support.r2')}</li>
        <li>{t('support.r3')}</li>
        <li>{t('support.r4')}</li>
        <li>{t('support.r5')}</li>
        <li>{t('support.r6')}</li>
      </ul>
    </details>
  );
}
