import { t } from '../../i18n';
import { pickLocalised } from '../../templates/localise';
import type { LocalisedText } from '../../templates/types';
import { RichText } from '../RichText';
import { secondLanguage, supportMode } from '../session/support';
import './style.css';

/** A note for the support worker, shown only in support-person mode. */
export function FacilitatorNote({ note, lang }: { note: LocalisedText | undefined; lang: string }) {
  if (!note || !supportMode.value) return null;
  // The note is for the worker: their language when chosen, else the plan's.
  const picked = pickLocalised(note, secondLanguage.value ?? lang);
  return (
    <aside class="facilitator-note">
      <p class="facilitator-note__label">{t('support.noteLabel')}</p>
      <RichText text={picked.text} lang={picked.lang} />
    </aside>
  );
}
