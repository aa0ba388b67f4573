// Settings and system facts for the shell: saved settings at boot, the UI language, the data folder, and the
// store's recovery notices. This module is the only one of the feature that talks to the api.
import { useEffect, useState } from 'react';
import { api, call } from '../../lib/api';
import type { UiLang } from '../../lib/i18n';

/** The saved settings, or null when they cannot be read (the app then starts in English). */
export function loadSettings() {
  return call(api.settings.get({})).catch(() => null);
}

/** Remembers the UI language; a failure to save never blocks the switch. */
export async function saveUiLang(lng: UiLang): Promise<void> {
  await call(api.settings.set({ uiLang: lng })).catch(() => {});
}

/** Where the data lives (empty until main answers). */
export function useDataDir(): string {
  const [dataDir, setDataDir] = useState('');
  useEffect(() => {
    void call(api.system.info({})).then((i) => setDataDir(i.dataDir));
  }, []);
  return dataDir;
}

export interface Recovery {
  file: string;
  snapshot: string | null;
  at: string;
  pending?: boolean;
  kind?: 'history' | 'readOnly';
  reason?: string;
}

/** Recovery notices from the store (those found at start and any reported later), and a way to dismiss them. */
export function useRecoveries(): [Recovery[], () => void] {
  const [recoveries, setRecoveries] = useState<Recovery[]>([]);
  useEffect(() => {
    // A notice can arrive both as an event and in the list: keep one of each.
    const add = (rs: Recovery[]) =>
      setRecoveries((xs) => [...xs, ...rs.filter((r) => !xs.some((x) => x.file === r.file && x.at === r.at))]);
    const off = api.on('store.recovered', (r) => add([r]));
    void api.system.recoveries({}).then((r) => r.ok && add(r.data));
    return off;
  }, []);
  return [recoveries, () => setRecoveries([])];
}

/** Whether the app runs in the test harness (a browser page, where a saved file is downloaded instead). */
export function isHarness(): Promise<boolean> {
  return call(api.system.info({})).then((i) => i.harness);
}
