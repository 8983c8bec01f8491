import i18next from 'i18next';
import nl from './locales/nl.json';
import en from './locales/en.json';
import aboutNl from './locales/about.nl.json';
import aboutEn from './locales/about.en.json';
import { loadLanguage, saveLanguage } from '../storage/preferences';
import type { Lang } from '../core/bank/types';

/** The languages the app speaks; Dutch first. */
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** Starts i18next with the remembered language, Dutch by default. */
export function initI18n(): typeof i18next {
  void i18next.init({
    lng: loadLanguage() ?? 'nl',
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    resources: { nl: { translation: { ...nl, about: aboutNl } }, en: { translation: { ...en, about: aboutEn } } },
    interpolation: { escapeValue: false }, // Preact escapes text already
    initAsync: false,
    returnNull: false,
  });
  syncDocument();
  i18next.on('languageChanged', syncDocument);
  return i18next;
}

function syncDocument(): void {
  document.documentElement.lang = currentLang();
  document.title = i18next.t('app.title');
}

/** The language now in use. */
export function currentLang(): Lang {
  return i18next.language === 'en' ? 'en' : 'nl';
}

/** Switches language and remembers the choice. */
export async function setLang(lang: Lang): Promise<void> {
  saveLanguage(lang);
  await i18next.changeLanguage(lang);
}
