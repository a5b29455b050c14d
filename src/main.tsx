import { render } from 'preact';
import { startServiceWorker } from './pwa/register';
import { App } from './ui/App';
import { startLanguage } from './ui/session/language';
import { checkVault } from './ui/session/vault-session';
import './ui/global.css';

const root = document.getElementById('app');
// Ask whether a vault exists first: it starts the crypto worker (no key), which opens the
// database while this thread loads the language and renders, so the lock screen is not
// held up waiting for a worker that could have started earlier.
void checkVault().catch(() => undefined);
// Load the person's language first, so the lock screen never flashes in English.
void startLanguage()
  .catch(() => undefined)
  .then(() => {
    if (root) render(<App />, root);
  });
startServiceWorker();
