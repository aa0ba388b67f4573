// User settings (UI language, allowed network endpoints, MT engines) in settings.json.
import { Settings as SettingsShape, type Settings } from '../../preload/contract/system';
import type { DataStore } from './store/data-store';

type SettingsDoc = Settings & { schema: number };

const defaults = (): SettingsDoc => ({ schema: 1, uiLang: 'en', allowedEndpoints: [], mtEngines: [] });

export class SettingsRepo {
  constructor(private readonly store: DataStore) {}

  private doc() {
    return this.store.doc<SettingsDoc>('settings.json', { defaults, schema: SettingsShape });
  }

  async get(): Promise<Settings> {
    return { ...defaults(), ...(await this.doc()).data };
  }

  async set(patch: Partial<Settings>): Promise<Settings> {
    const db = await this.doc();
    const before = db.data;
    db.data = { ...defaults(), ...before, ...patch, schema: 1 };
    try {
      await db.write();
    } catch (err) {
      db.data = before;
      throw err;
    }
    return db.data;
  }
}
