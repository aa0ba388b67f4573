// Where the files the exporters ship with live (fonts, ninjs schema), found without Electron.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors';

let override: string | null = null;

/** The packaged app passes process.resourcesPath-based folder here (main/ may know Electron; core does not). */
export function setResourcesDir(dir: string | null): void {
  override = dir;
}

/** REDAKSI_RESOURCES_DIR, else the nearest `resources/` above this file (source tree, or out/main after a build). */
export function resourcesDir(): string {
  if (override) return override;
  if (process.env.REDAKSI_RESOURCES_DIR) return process.env.REDAKSI_RESOURCES_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'fonts'))) return candidate;
    const up = resolve(dir, '..');
    if (up === dir) break;
    dir = up;
  }
  return resolve(process.cwd(), 'resources');
}

const cache = new Map<string, Buffer>();

/** A shipped file, read once per process (the fonts are 6 MB each). */
export function resourceFile(rel: string): Buffer {
  const path = join(resourcesDir(), rel);
  let buf = cache.get(path);
  if (!buf) {
    try {
      buf = readFileSync(path);
    } catch {
      throw new AppError('export.resourceMissing', `A file the exporter needs is missing: ${rel}`, { path });
    }
    cache.set(path, buf);
  }
  return buf;
}
