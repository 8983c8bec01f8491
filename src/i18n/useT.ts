import { useEffect, useState } from 'preact/hooks';
import i18next from 'i18next';
import { currentLang } from './i18n';

/** The translate function and current language; re-renders the component when the language changes. */
export function useT() {
  const [, setTick] = useState(0);
  useEffect(() => {
    const rerender = () => setTick((n) => n + 1);
    i18next.on('languageChanged', rerender);
    return () => i18next.off('languageChanged', rerender);
  }, []);
  return { t: i18next.t.bind(i18next), lang: currentLang() };
}
