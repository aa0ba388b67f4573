// Bench scratch folders: copied with the system's `cp -r`, and removed when the bench process exits by a detached
// `rm -rf`. Deleting files the disk has already written costs ~2 ms each on this machine's ext4 (online discard):
// 20-60 s for the library bench's 30,000 files, whether rmSync or rm does it. That is cleanup, not bench time, and
// it must not run beside a later measurement, so it waits until every figure has been taken.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

const leftover: string[] = [];

/** Removes `dirs` once the bench process exits (a detached `rm -rf`; rmSync where there is no `rm`, as on Windows). */
export function removeOnExit(...dirs: string[]): void {
  if (!leftover.length) process.once('exit', removeLeftover);
  leftover.push(...dirs);
}

function removeLeftover(): void {
  if (process.platform === 'win32') {
    for (const d of leftover) rmSync(d, { recursive: true, force: true });
    return;
  }
  spawn('rm', ['-rf', '--', ...leftover], { detached: true, stdio: 'ignore' }).unref();
}

/** Copies the contents of `from` into the existing folder `to` as `cp -r` does: every file gets a new time. */
export function copyDir(from: string, to: string): void {
  try {
    execFileSync('cp', ['-r', '--', `${from}/.`, to], { stdio: 'ignore' });
  } catch {
    cpSync(from, to, { recursive: true });
  }
}
