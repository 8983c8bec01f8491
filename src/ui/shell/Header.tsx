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
      <nav aria-label={t('nav.label')} class="app-nav">
        <a href="#/">{t('nav.home')}</a>
        <a href="#/over">{t('nav.about')}</a>
        <a href="#/begrippen">{t('nav.glossary')}</a>
        <a href="#/bronnen">{t('nav.sources')}</a>
      </nav>
      <LanguageSwitch />
    </header>
  );
}
