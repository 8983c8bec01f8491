import { useT } from '../../i18n/useT';

/** The promise that nothing leaves the device, and the version (useful when reporting a problem). */
export function Footer() {
  const { t } = useT();
  return (
    <footer class="app-footer">
      <p>{t('footer.privacy')}</p>
      <p class="version">{t('footer.version', { version: __APP_VERSION__ })}</p>
    </footer>
  );
}
