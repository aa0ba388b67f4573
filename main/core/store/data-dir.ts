// Where data lives: --data DIR, else REDAKSI_DATA_DIR, else the platform's app-data folder (Electron's userData).
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Redaksi';

export function defaultUserDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function resolveDataDir(flag: string | undefined, env = process.env, fallback = defaultUserDataDir()): string {
  return flag || env.REDAKSI_DATA_DIR || fallback;
}
