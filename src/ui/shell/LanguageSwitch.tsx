import { LANGS, setLang } from '../../i18n/i18n';
import { useT } from '../../i18n/useT';

/** Two buttons, Nederlands / English; the current one is pressed. The choice is remembered. */
export function LanguageSwitch() {
  const { t, lang } = useT();
  return (
    <div class="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          onClick={() => void setLang(code)}
        >
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}
