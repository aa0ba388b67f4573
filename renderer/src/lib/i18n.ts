// i18next setup: resources come from resources/locales/<lng>/<ns>.json; errors-*.json merge into "errors".
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const UI_LANGS = ['id', 'en', 'ko'] as const;
export type UiLang = (typeof UI_LANGS)[number];

type Bundle = Record<string, Record<string, Record<string, unknown>>>;
const files = import.meta.glob('../../../resources/locales/*/*.json', { eager: true, import: 'default' });

export function buildResources(): Bundle {
  const out: Bundle = {};
  for (const [path, data] of Object.entries(files)) {
    const m = /locales\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
    if (!m) continue;
    const [, lng, file] = m;
    const ns = file.startsWith('errors-') ? 'errors' : file;
    out[lng] ??= {};
    out[lng][ns] = { ...(out[lng][ns] ?? {}), ...(data as Record<string, unknown>) };
  }
  return out;
}

export async function initI18n(lng: UiLang): Promise<typeof i18next> {
  const resources = buildResources();
  await i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'common',
    keySeparator: false,
    nsSeparator: ':',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
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
