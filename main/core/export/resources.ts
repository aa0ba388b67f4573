// Where the files the exporters ship with live (fonts, ninjs schema), found without Electron.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../resources';
import { AppError } from '../errors';

export { setResourcesDir, resourcesDir } from '../resources';

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
