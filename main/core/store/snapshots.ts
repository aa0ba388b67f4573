// Rotating snapshots of each store file, kept under DATA/.snapshots/<file key>/, newest last by name.
import { promises as fsp } from 'node:fs';
import { join, relative } from 'node:path';
import { atomicWriteFile } from './atomic-write';

export const SNAPSHOT_DIR = '.snapshots';

export function snapshotFolder(dataDir: string, file: string): string {
  const key = relative(dataDir, file).split(/[\\/]/).join('__');
  return join(dataDir, SNAPSHOT_DIR, key);
}

function stamp(now: number): string {
  // Sortable by name; the counter keeps two snapshots in one millisecond apart.
  return `${String(now).padStart(15, '0')}-${String(counter++ % 1e6).padStart(6, '0')}`;
}
let counter = 0;

export async function writeSnapshot(folder: string, data: string, keep: number, now = Date.now()): Promise<void> {
  await fsp.mkdir(folder, { recursive: true });
  await atomicWriteFile(join(folder, `${stamp(now)}.json`), data);
  const names = await listSnapshots(folder);
  for (const old of names.slice(0, Math.max(0, names.length - keep))) {
    await fsp.unlink(join(folder, old)).catch(() => {});
  }
}

export async function listSnapshots(folder: string): Promise<string[]> {
  try {
    return (await fsp.readdir(folder)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

/** The newest snapshot that parses and is accepted (right shape), newest first; null when none is. */
export async function newestGoodSnapshot(
  folder: string,
  accept: (value: unknown) => boolean = () => true,
): Promise<{ path: string; text: string } | null> {
  const names = await listSnapshots(folder);
  for (const name of names.reverse()) {
    const path = join(folder, name);
    const text = await fsp.readFile(path, 'utf8').catch(() => null);
    if (text === null) continue;
    const value = parseOrNull(text);
    if (value !== null && accept(value)) return { path, text };
  }
  return null;
}

export function parseOrNull(text: string): unknown {
  if (!text.trim() || text.includes('\u0000')) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
