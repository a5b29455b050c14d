import { useRef } from 'preact/hooks';
import { t } from '../../i18n';

/** A button that opens the principles of a plan made together, at any moment. */
export function PrinciplesButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" class="button" onClick={() => dialog.current?.showModal()}>
        {t('support.principles')}
      </button>
      <dialog ref={dialog} class="principles" aria-labelledby="principles-title">
        <h2 id="principles-title">{t('support.principlesTitle')}</h2>
        <ul>
          <li>{t('support.principle1')}</li>
          <li>{t('support.principle2')}</li>
          <li>{t('support.principle3')}</li>
          <li>{t('support.principle4')}</li>
        </ul>
        <button
          type="button"
          class="button button--primary"
          onClick={() => dialog.current?.close()}
        >
          {t('support.close')}
        </button>
      </dialog>
    </>
  );
}
