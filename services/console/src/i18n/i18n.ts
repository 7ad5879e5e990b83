import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { sv } from './sv.ts';

export const languages = ['sv', 'en'] as const;

/** Swedish by default, English selectable; texts come only from sv.ts and en.ts. */
export function initI18n(language: string): void {
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: (languages as readonly string[]).includes(language) ? language : 'sv',
    fallbackLng: 'sv',
    supportedLngs: [...languages],
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
}
