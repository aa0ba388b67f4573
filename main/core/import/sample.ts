// The bundled sample article (resources/samples), offered on first run and used by tests.
import { promises as fsp } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile } from './import-file';
import type { ImportResult } from './types';

export const SAMPLE_FILE = 'semarang-ekraf-korsel.id.txt';

/** resources/samples/<file>, resolved from this source file (or REDAKSI_RESOURCES when packaged). */
export function sampleArticlePath(): string {
  const root = process.env.REDAKSI_RESOURCES
    ? resolve(process.env.REDAKSI_RESOURCES)
    : resolve(dirname(fileURLToPath(import.meta.url)), '../../../resources');
  return resolve(root, 'samples', SAMPLE_FILE);
}

export async function loadSample(): Promise<ImportResult> {
  const bytes = await fsp.readFile(sampleArticlePath());
  return importFile(SAMPLE_FILE, bytes, { lang: 'id' });
}
