// Shared setup for TM tests: a fresh data folder with a DataStore, closed after each test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';

export async function freshStore(): Promise<{ dir: string; store: DataStore }> {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-tm-'));
  return { dir, store: await DataStore.open(dir, { snapshotIntervalMs: 3_600_000, snapshotsKept: 1 }) };
}
