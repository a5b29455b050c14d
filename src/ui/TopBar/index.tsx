import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';
import { lockVault } from '../session/vault-session';
import './style.css';

/** The bar above every unlocked screen: a title, optional actions, and Lock. */
export function TopBar({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <header class="top-bar">
      <h1 class="top-bar__title">{title}</h1>
      <div class="top-bar__actions">
        {children}
        <button type="button" class="button" onClick={() => void lockVault()}>
          {t('lock.button')}
        </button>
      </div>
    </header>
  );
}
