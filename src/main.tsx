import { render } from 'preact';
import { App } from './ui/App';
import { initI18n } from './i18n/i18n';
import { registerServiceWorker } from './pwa/serviceWorker';
import { receiveFilesFromOutside } from './ui/shell/launchFiles';
import './ui/styles.css';

const root = document.getElementById('app');
const show = () => {
  if (root) render(<App />, root);
};
// Dutch texts are in this bundle: the first screen paints at once (English, when chosen earlier, loads first).
initI18n().then(show, show);
registerServiceWorker();
receiveFilesFromOutside(); // opened with the installed app, or shared into it: to the import
