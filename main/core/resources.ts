// Where the files Redaksi ships with live (samples, fonts, schemas, dictionaries): one answer for every feature.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let override: string | null = null;

/** A packaged app keeps resources outside the bundle (process.resourcesPath): main tells core where. */
export function setResourcesDir(dir: string | null): void {
  override = dir;
}

/**
 * REDAKSI_RESOURCES_DIR, else the nearest `resources/` above this module — which is main/core in the source tree
 * and out/main after `electron-vite build`, so walking up finds the repo's folder in both.
 */
export function resourcesDir(): string {
  if (override) return override;
  if (process.env.REDAKSI_RESOURCES_DIR) return resolve(process.env.REDAKSI_RESOURCES_DIR);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'locales'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return resolve(process.cwd(), 'resources');
}

export function resourcePath(...parts: string[]): string {
  return join(resourcesDir(), ...parts);
}
