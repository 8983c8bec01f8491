import { render } from 'preact';
import { App } from './ui/app/App';
import { initI18n } from './i18n/i18n';
import { registerServiceWorker } from './pwa/serviceWorker';
import './ui/styles.css';

const root = document.getElementById('app');
initI18n()
  .catch(() => undefined) // texts could not be loaded: the app still starts (keys show), and can be reloaded
  .then(() => {
    if (root) render(<App />, root);
  });
registerServiceWorker();
