import { render } from 'preact';
import { App } from './ui/app/App';
import { initI18n } from './i18n/i18n';
import { registerServiceWorker } from './pwa/serviceWorker';
import './ui/styles.css';

initI18n();
const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
