import { registerSW } from 'virtual:pwa-register';
import { signal } from '@preact/signals';

/** True when a new version is installed and waiting for the person's yes. */
export const updateWaiting = signal(false);

/** Work that must finish before the page reloads into a new version (saving typing). */
type BeforeUpdate = () => Promise<void>;
const beforeUpdate = new Set<BeforeUpdate>();

/** Register work to finish before an update reloads the page; returns an unregister. */
export function onBeforeUpdate(task: BeforeUpdate): () => void {
  beforeUpdate.add(task);
  return () => beforeUpdate.delete(task);
}

const HOUR = 60 * 60 * 1000;

let applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;

/**
 * Register the service worker. With `registerType: 'prompt'` a new version waits until
 * the person agrees, so a page someone is typing in is never reloaded under them.
 */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh() {
      updateWaiting.value = true;
    },
    onRegisteredSW(_url, registration) {
      // Browsers look for a new version on navigation; an app left open all day asks too.
      if (registration) setInterval(() => void registration.update().catch(() => undefined), HOUR);
    },
  });
}

/** The person agreed: save what is pending, then activate the new version and reload. */
export async function installUpdate(): Promise<void> {
  await Promise.allSettled([...beforeUpdate].map((task) => task()));
  await applyUpdate?.(true);
}
