// Every ko locale file in one chunk: the UI loads a language with one request (lib/i18n.ts).
export default import.meta.glob<Record<string, unknown>>('../../../resources/locales/ko/*.json', { eager: true, import: 'default' });
