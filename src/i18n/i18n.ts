import i18next from 'i18next';
import nlUrl from './locales/nl.json?url';
import enUrl from './locales/en.json?url';
import aboutNlUrl from './locales/about.nl.json?url';
import aboutEnUrl from './locales/about.en.json?url';
import { loadLanguage, saveLanguage } from '../storage/preferences';
import type { Lang } from '../core/bank/types';

/** The languages the app speaks; Dutch first. */
export const LANGS: readonly Lang[] = ['nl', 'en'];

// The texts are data, fetched (and precached) per language: only the language in use is loaded.
const FILES: Record<Lang, [string, string]> = { nl: [nlUrl, aboutNlUrl], en: [enUrl, aboutEnUrl] };

async function loadTexts(lang: Lang): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  const [main, about] = await Promise.all(FILES[lang].map(async (url) => (await fetch(url)).json() as Promise<Record<string, unknown>>));
  i18next.addResourceBundle(lang, 'translation', { ...main, about }, true, true);
}

/** Starts i18next with the remembered language (Dutch by default) and its texts. */
export async function initI18n(): Promise<typeof i18next> {
  const lang = loadLanguage() ?? 'nl';
  await i18next.init({
    lng: lang,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    resources: {},
    interpolation: { escapeValue: false }, // Preact escapes text already
    returnNull: false,
  });
  await Promise.all([loadTexts(lang), lang === 'nl' ? null : loadTexts('nl')]); // Dutch is the fallback
  await i18next.changeLanguage(lang);
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

/** Switches language (loading its texts first) and remembers the choice. */
export async function setLang(lang: Lang): Promise<void> {
  saveLanguage(lang);
  await loadTexts(lang);
  await i18next.changeLanguage(lang);
}
