import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';

interface Props {
  question: string;
  /** The button that removes; omitted when removing is not possible (the question says why). */
  confirm?: { label: string; onClick(): void };
  onCancel(): void;
  busy?: boolean;
}

/**
 * "Remove …?" asked inside the row, before anything is removed. Focus moves to the
 * question so a screen reader hears it at once; Cancel keeps everything.
 */
export function ConfirmRemove({ question, confirm, onCancel, busy = false }: Props) {
  const asked = useRef<HTMLParagraphElement>(null);
  useEffect(() => asked.current?.focus(), []);
  return (
    <div class="plan-row__confirm stack">
      <p ref={asked} tabIndex={-1}>
        {question}
      </p>
      <div class="plan-row__actions">
        {confirm && (
          <button
            type="button"
            class="button button--danger"
            disabled={busy}
            onClick={confirm.onClick}
          >
            {confirm.label}
          </button>
        )}
        <button type="button" class="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
