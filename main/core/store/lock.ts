// One process per data folder: an exclusive lock file holding the owner's pid; stale locks are taken over.
import { promises as fsp, constants } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { AppError } from '../errors';

export const LOCK_FILE = '.redaksi.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataLock {
  release(): Promise<void>;
}

export async function acquireLock(dataDir: string): Promise<DataLock> {
  const path = join(dataDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const h = await fsp.open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
      await h.writeFile(mine);
      await h.sync();
      await h.close();
      return { release: () => fsp.unlink(path).catch(() => {}) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = await readOwner(path);
      if (owner && owner.host === hostname() && owner.pid !== process.pid && alive(owner.pid)) {
        throw new AppError(
          'store.locked',
          `The data folder ${dataDir} is in use by another Redaksi process (pid ${owner.pid}). Close it first.`,
          { path: dataDir, pid: owner.pid },
        );
      }
      // Stale (owner gone) or unreadable lock: remove it and try once more.
      await fsp.unlink(path).catch(() => {});
    }
  }
  throw new AppError('store.locked', `Could not lock the data folder ${dataDir}.`, { path: dataDir, pid: 0 });
}

async function readOwner(path: string): Promise<{ pid: number; host: string } | null> {
  try {
    const o = JSON.parse(await fsp.readFile(path, 'utf8'));
    return typeof o.pid === 'number' ? o : null;
  } catch {
    return null;
  }
}
