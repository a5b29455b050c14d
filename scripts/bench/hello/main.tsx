/**
 * The cold-start baseline: the least a Preact PWA can be. One component with a heading
 * and a passphrase field (what "interactive" means for the lock screen), registered with
 * the same service-worker plugin and precache settings as the app (vite.hello.config.ts).
 */

import { registerSW } from 'virtual:pwa-register';
import { render } from 'preact';

function Hello() {
  return (
    <main>
      <h1>Hello</h1>
      <label>
        Passphrase <input type="password" autoComplete="current-password" />
      </label>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Hello />, root);
registerSW({ immediate: true });
