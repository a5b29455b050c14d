import { effect, signal } from '@preact/signals';
import { t } from '../../i18n';
import { screen } from './screen';
import { pendingImport, receiveTemplate } from './templates';
import { vaultStatus } from './vault-session';

// The same prefix as exchange/template-link.ts, which loads only when a link arrives.
const PREFIX = '#template=';

/**
 * A template link opened while the vault was locked or not yet set up. Kept in memory
 * only; it is opened (after checks) as soon as the vault is unlocked.
 */
export const waitingLink = signal<string | null>(null);

/**
 * Takes a template link out of the address bar: the fragment never reached a server, and
 * it should not stay in the tab's URL or history entry either.
 */
export function captureTemplateLink(): void {
  const { hash } = location;
  if (!hash.startsWith(PREFIX)) return;
  waitingLink.value = hash;
  history.replaceState(history.state, '', location.pathname + location.search);
}

async function openLink(hash: string): Promise<void> {
  const { readTemplateLinkFragment } = await import('../../exchange/template-link');
  const result = await readTemplateLinkFragment(hash);
  if (result.ok) return receiveTemplate(result.json, { kind: 'link' });
  pendingImport.value = { errors: [{ path: '$', message: t('import.linkBroken') }] };
  screen.value = { name: 'importTemplate' };
}

captureTemplateLink();
addEventListener('hashchange', captureTemplateLink);

effect(() => {
  const hash = waitingLink.value;
  if (!hash || vaultStatus.value !== 'unlocked') return;
  waitingLink.value = null;
  void openLink(hash);
});
