// The bundled sample article (resources/samples), offered on first run and used by tests.
import { promises as fsp } from 'node:fs';
import { resourcePath } from '../resources';
import { importFile } from './import-file';
import type { ImportResult } from './types';

export const SAMPLE_FILE = 'semarang-ekraf-korsel.id.txt';

/** resources/samples/<file> (see main/core/resources.ts for how the folder is found). */
export function sampleArticlePath(): string {
  return resourcePath('samples', SAMPLE_FILE);
}

export async function loadSample(): Promise<ImportResult> {
  const bytes = await fsp.readFile(sampleArticlePath());
  return importFile(SAMPLE_FILE, bytes, { lang: 'id' });
}
