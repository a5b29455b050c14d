import { t } from '../../../i18n';
import { pickLocalised } from '../../../templates/localise';
import type { Item } from '../../../templates/types';
import { RichText } from '../../RichText';
import { secondLanguage } from '../../session/support';
import { Localised } from './Localised';

/** Help text and examples under a question; `id` is what the control's describedby names. */
export function ItemHelp({ item, lang, id }: { item: Item; lang: string; id: string }) {
  if (!item.help && !item.examples?.length) return null;
  const help = item.help ? pickLocalised(item.help, lang) : undefined;
  return (
    <div id={id} class="item__help">
      {help && <RichText text={help.text} lang={help.lang} />}
      {item.help && secondLanguage.value && item.help[secondLanguage.value] && (
        <RichText
          text={item.help[secondLanguage.value] ?? ''}
          lang={secondLanguage.value}
          class="second-language"
        />
      )}
      {item.examples?.length ? (
        <div class="item__examples">
          <span>{t('editor.forExample')}</span>
          <ul>
            {item.examples.map((example) => (
              <li key={example.en}>
                <Localised text={example} lang={lang} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
