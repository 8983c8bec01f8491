import i18next from 'i18next';
import { signal, type ReadonlySignal } from '@preact/signals-core';
import nl from './locales/nl.json';
import aboutNl from './locales/about.nl.json';
import { loadLanguage, saveLanguage } from '../storage/preferences';
import type { Lang } from '../core/bank/types';

/** The languages the app speaks; Dutch first. */
export const LANGS: readonly Lang[] = ['nl', 'en'];

const current = signal<Lang>('nl');

/** The language in use; a component that reads `.value` re-renders when it changes. */
export const language: ReadonlySignal<Lang> = current;

/** English is loaded when it is first chosen (Dutch, the default, is in the first bundle: no fetch before the first paint). */
async function loadEnglish(): Promise<void> {
  if (i18next.hasResourceBundle('en', 'translation')) return;
  const [main, about] = await Promise.all([import('./locales/en.json'), import('./locales/about.en.json')]);
  i18next.addResourceBundle('en', 'translation', { ...main.default, about: about.default }, true, true);
}

function syncDocument(): void {
  current.value = i18next.language === 'en' ? 'en' : 'nl';
  document.documentElement.lang = current.value;
  document.title = i18next.t('app.title');
}

/**
 * Starts i18next in Dutch at once (synchronously: the first screen never waits for texts), then
 * switches to the remembered language if it is English.
 */
export function initI18n(): Promise<void> {
  void i18next.init({
    lng: 'nl',
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    resources: { nl: { translation: { ...nl, about: aboutNl } } },
    interpolation: { escapeValue: false }, // Preact escapes text already
    returnNull: false,
    initAsync: false,
  });
  syncDocument();
  i18next.on('languageChanged', syncDocument);
  return loadLanguage() === 'en' ? setLang('en', false) : Promise.resolve();
}

/** Switches language (loading its texts first) and remembers the choice. */
export async function setLang(lang: Lang, remember = true): Promise<void> {
  if (lang === 'en') await loadEnglish(); // a failure (offline without the texts) leaves language and choice as they were
  if (remember) saveLanguage(lang);
  await i18next.changeLanguage(lang);
}
