// UI language picker: switches i18next at runtime and remembers the choice in settings.
import { useTranslation } from 'react-i18next';
import { saveUiLang } from '../features/settings/useSettings';
import { UI_LANGS, type UiLang } from '../lib/i18n';

const NAMES: Record<UiLang, string> = { id: 'Bahasa Indonesia', en: 'English', ko: '한국어' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const change = async (lng: UiLang) => {
    await i18n.changeLanguage(lng);
    document.documentElement.lang = lng;
    await saveUiLang(lng);
  };
  return (
    <label className="lang-switch">
      <span className="sr-only">{t('uiLanguage')}</span>
      <select
        data-testid="ui-language"
        aria-label={t('uiLanguage')}
        value={i18n.language}
        onChange={(e) => void change(e.target.value as UiLang)}
      >
        {UI_LANGS.map((l) => (
          <option key={l} value={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
