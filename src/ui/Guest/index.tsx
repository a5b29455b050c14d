import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { guestSession, lockVault, startGuestSession } from '../session/vault-session';
import './style.css';

/** Offer a guest session (on the set-up and lock screens). */
export function GuestStart() {
  const [busy, setBusy] = useState(false);
  return (
    <div class="guest-start stack">
      <button
        type="button"
        class="button"
        disabled={busy}
        aria-describedby="guest-hint"
        onClick={() => {
          setBusy(true);
          void startGuestSession().finally(() => setBusy(false));
        }}
      >
        {busy ? t('guest.starting') : t('guest.start')}
      </button>
      <p id="guest-hint" class="hint">
        {t('guest.hint')}
      </p>
    </div>
  );
}

/** While a guest session runs: say so, and offer to end (and wipe) it. */
export function GuestBanner() {
  if (!guestSession.value) return null;
  return (
    <div class="guest-banner" role="status">
      <span>{t('guest.banner')}</span>
      <button type="button" class="button" onClick={() => void lockVault()}>
        {t('guest.end')}
      </button>
    </div>
  );
}
