import { useId } from 'preact/hooks';
import { t } from '../../i18n';
import type { Answer } from '../../plans/types';

/** Mark an answer "Private — only for me": left out of every copy made for someone else. */
export function PrivateToggle({
  answer,
  onChange,
}: {
  answer: Answer;
  onChange: (on: boolean) => void;
}) {
  const id = useId();
  return (
    <div class="private-toggle">
      <input
        id={id}
        type="checkbox"
        checked={answer.private === true}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{t('private.mark')}</label>
      <span id={`${id}-hint`} class="visually-hidden">
        {t('private.hint')}
      </span>
    </div>
  );
}
