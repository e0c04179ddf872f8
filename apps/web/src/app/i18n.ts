import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The languages of the app; Russian first (the platform's people read it first). */
export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'tradebridge.language';

// One small chunk per locale file (src/locales/<language>/<feature>.json), loaded when a page first asks for
// its feature's texts: the first load carries only the current language's shell and home texts.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');

/** The namespaces the shell (header, navigation, errors) needs before anything renders. */
const SHELL_NAMESPACES = ['common', 'errors'];

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = files[`../locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`no locale file ${language}/${namespace}`), false);
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language chosen in this browser before, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/**
 * Sets up i18next (Russian unless this browser chose English), loads the shell's texts and keeps
 * `<html lang>` in step. Pages' texts load with them (react-i18next suspends until they are there).
 */
export async function initI18n(): Promise<typeof i18next> {
  const syncHtml = (language: string) => {
    document.documentElement.lang = language;
  };
  i18next.on('languageChanged', syncHtml);
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: storedLanguage() ?? 'ru',
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      defaultNS: 'common',
      ns: SHELL_NAMESPACES,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      react: { useSuspense: true },
    });
  syncHtml(i18next.language);
  return i18next;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'ru';
}
