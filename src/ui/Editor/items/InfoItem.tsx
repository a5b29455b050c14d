import { t } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { pickLocalised } from '../../../templates/localise';
import type { Template } from '../../../templates/types';
import { RichText } from '../../RichText';
import { Localised } from './Localised';
import type { ItemOf } from './types';

/** Read-only information: rights, facts, phrases, notes — with their sources. */
export function InfoItem({
  item,
  lang,
  template,
}: {
  item: ItemOf<'info'>;
  lang: string;
  template: Template;
}) {
  const body = pickLocalised(item.body, lang);
  const sources = (item.sources ?? []).flatMap((id) => template.sources.filter((s) => s.id === id));
  return (
    <section
      class={`item info info--${item.variant}`}
      aria-label={pickLocalised(item.label, lang).text}
    >
      <h3 class="info__title">
        <Localised text={item.label} lang={lang} />
      </h3>
      <RichText text={body.text} lang={body.lang} />
      {(sources.length > 0 || item.asOf) && (
        <p class="info__source">
          {sources.map((source) => (
            <span key={source.id}>{t('editor.source', { title: source.title })} </span>
          ))}
          {item.asOf && <span>{t('editor.asOf', { date: formatDate(item.asOf) })}</span>}
        </p>
      )}
    </section>
  );
}
