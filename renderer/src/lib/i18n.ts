// i18next setup: resources come from resources/locales/<lng>/<ns>.json; errors-*.json merge into "errors".
// Each language is one chunk, loaded when first used (the UI language, and English as the fallback), so the main
// bundle carries no translations; the other languages are fetched after start so a switch never waits.
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const UI_LANGS = ['id', 'en', 'ko'] as const;
export type UiLang = (typeof UI_LANGS)[number];

type Json = Record<string, unknown>;
type Files = Record<string, Json>;

/** One chunk per language (renderer/src/locales/<lng>.ts), fetched once when the language is first used. */
const chunks: Record<UiLang, () => Promise<{ default: Files }>> = {
  id: () => import('../locales/id'),
  en: () => import('../locales/en'),
  ko: () => import('../locales/ko'),
};
const loaded = new Map<string, Promise<Record<string, Json>>>();

/** All namespaces of one language; errors-*.json merge into "errors". */
export function loadLanguage(lng: string): Promise<Record<string, Json>> {
  let p = loaded.get(lng);
  if (!p) {
    const load = chunks[lng as UiLang];
    p = load
      ? load().then(({ default: files }) => {
          const out: Record<string, Json> = {};
          for (const [path, data] of Object.entries(files)) {
            const m = /([\w-]+)\.json$/.exec(path);
            if (!m) continue;
            const ns = m[1].startsWith('errors-') ? 'errors' : m[1];
            out[ns] = { ...(out[ns] ?? {}), ...data };
          }
          return out;
        })
      : Promise.resolve({});
    p.catch(() => loaded.delete(lng));
    loaded.set(lng, p);
  }
  return p;
}

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(lng: string, ns: string, done: ReadCallback) {
    loadLanguage(lng).then(
      (all) => done(null, all[ns] ?? {}),
      (err: Error) => done(err, false),
    );
  },
};

export async function initI18n(lng: UiLang): Promise<typeof i18next> {
  // English is the fallback of every language: its files name the namespaces.
  const ns = Object.keys(await loadLanguage('en')).sort();
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: 'en',
      ns,
      defaultNS: 'common',
      keySeparator: false,
      nsSeparator: ':',
      interpolation: { escapeValue: false },
      returnNull: false,
      // Languages load before they are switched to (changeLanguage waits for them): nothing to suspend on.
      react: { useSuspense: false },
    });
  document.documentElement.lang = lng;
  // Fetch the other languages once the first view is up, so switching language is instant.
  setTimeout(() => void Promise.all(UI_LANGS.map((l) => loadLanguage(l))).catch(() => {}), 1000);
  return i18next;
}

/** A translated message for an error from the API (falls back to the English text from main). */
export function errorText(t: (k: string, o?: Record<string, unknown>) => string, err: unknown): string {
  const e = err as { code?: string; message?: string; params?: Record<string, unknown> };
  if (e && e.code) {
    const key = `errors:${e.code}`;
    const s = t(key, { message: e.message ?? '', ...(e.params ?? {}) });
    // A text whose placeholder was not filled never reaches the user: fall back to the message from main.
    if (s && s !== key && s !== e.code && !/\{\{[^}]*\}\}/.test(s)) return s;
  }
  return t('common:unexpectedError', { message: e?.message ?? String(err) });
}
