import 'i18next';
import type nl from './locales/nl.json';
import type aboutNl from './locales/about.nl.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nl & { about: typeof aboutNl } };
    returnNull: false;
  }
}
