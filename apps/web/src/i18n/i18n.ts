import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ru from './ru.json';

export const languages = ['ru', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'coopex.language';

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** Russian unless the user switched to English before (the choice is kept in this browser). */
function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : 'ru';
  } catch {
    // Storage can be disabled (private windows, policies); the default still works.
    return 'ru';
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'ru';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not persisted, but the switch still applies to this tab.
  }
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export async function initializeI18n(): Promise<void> {
  const language = storedLanguage();
  document.documentElement.lang = language;
  await i18next.use(initReactI18next).init({
    resources: { ru: { translation: ru }, en: { translation: en } },
    lng: language,
    fallbackLng: 'ru',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
