import i18next from 'i18next';
import { language } from './i18n';

const t = i18next.t.bind(i18next);

/** The translate function and current language; the component re-renders when the language changes. */
export function useT() {
  return { t, lang: language.value };
}
