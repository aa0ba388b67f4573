// Settings: where the data lives and how to back it up; feature settings add their sections here.
import { useTranslation } from 'react-i18next';
import { useDataDir } from './useSettings';
import { MtSettings } from '../mt/MtSettings';
import { TranslitTool } from '../lang/TranslitTool';

export function SettingsView() {
  const { t } = useTranslation();
  const dataDir = useDataDir();
  return (
    <section className="settings">
      <h1>{t('nav.settings')}</h1>
      <h2>{t('settings.data')}</h2>
      <p>
        {t('settings.dataDir')}: <code data-testid="data-dir">{dataDir}</code>
      </p>
      <p className="hint">{t('settings.backupHint')}</p>
      <MtSettings />
      <TranslitTool />
    </section>
  );
}
