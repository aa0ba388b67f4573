// Test helpers for the store: temp data folders and an immutable-folder switch (root can't chmod, chattr can).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export function tempDir(prefix = 'redaksi-store-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Makes a folder unwritable even for root; returns false where chattr is unavailable. */
export function setImmutable(dir: string, on: boolean): boolean {
  try {
    execFileSync('chattr', [on ? '+i' : '-i', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
