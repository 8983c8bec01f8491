import { useState } from 'preact/hooks';
import { LANGS, setLang } from '../../i18n/i18n';
import { useT } from '../../i18n/useT';
import type { Lang } from '../../core/bank/types';

/** Two buttons, Nederlands / English; the current one is pressed. The choice is remembered. */
export function LanguageSwitch() {
  const { t, lang } = useT();
  const [failed, setFailed] = useState<Lang | null>(null);
  const choose = (code: Lang) => {
    setFailed(null);
    setLang(code).catch(() => setFailed(code));
  };
  return (
    <div class="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGS.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={lang === code} onClick={() => choose(code)}>
          {t(`language.${code}`)}
        </button>
      ))}
      {failed && (
        <p class="lang-failed" role="alert">
          {t('language.failed', { language: t(`language.${failed}`) })}
        </p>
      )}
    </div>
  );
}
