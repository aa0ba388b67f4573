// Renderer entry: fonts, i18n from saved settings, then the app shell.
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './styles.css';
import { App } from './App';
import { loadSettings } from './features/settings/useSettings';
import { initI18n, UI_LANGS, type UiLang } from './lib/i18n';

async function boot() {
  const settings = await loadSettings();
  const lang = (settings && UI_LANGS.includes(settings.uiLang) ? settings.uiLang : 'en') as UiLang;
  await initI18n(lang);
  createRoot(document.getElementById('root')!).render(<App />);
}
void boot();
