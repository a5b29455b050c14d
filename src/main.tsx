import { render } from 'preact';
import { startServiceWorker } from './pwa/register';
import { App } from './ui/App';
import { startLanguage } from './ui/session/language';
import './ui/global.css';

const root = document.getElementById('app');
// Load the person's language first, so the lock screen never flashes in English.
void startLanguage()
  .catch(() => undefined)
  .then(() => {
    if (root) render(<App />, root);
  });
startServiceWorker();
