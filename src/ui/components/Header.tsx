import { LanguageSwitch } from './LanguageSwitch';
import { useT } from '../../i18n/useT';

/** The top bar: the app name (a link home) and the language switch. */
export function Header() {
  const { t } = useT();
  return (
    <header class="app-header">
      <a class="app-name" href="#/">
        {t('app.name')}
      </a>
      <LanguageSwitch />
    </header>
  );
}
