// One process per data folder: an exclusive lock file (created with O_EXCL) naming its owner; stale locks are
// taken over under a short-lived takeover file, so two processes can never both hold the folder.
import { promises as fsp, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { AppError } from '../errors';

export const LOCK_FILE = '.redaksi.lock';
const TAKEOVER_FILE = '.redaksi.lock.takeover';
/** A lock file still empty after this long was left by a process that died between create and write. */
const EMPTY_GRACE_MS = 2_000;
/** Taking over a stale lock takes microseconds; a takeover file older than this belongs to a dead process. */
const TAKEOVER_STALE_MS = 10_000;

interface Owner {
  pid: number;
  host: string;
  /** The owner's process start time (Linux /proc clock ticks): a reused pid is not the owner. */
  start: string | null;
  at: string;
}

/** This process's start time, as the kernel records it; null where /proc is not available. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime), counted after the ")" that closes the command name (which may hold spaces).
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(o: Owner): boolean {
  if (o.host !== hostname()) return true; // another machine's process (a shared folder): cannot check, assume held
  try {
    process.kill(o.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStart(o.pid);
  return o.start === null || start === null || start === o.start;
}

export interface DataLock {
  release(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Create `path` exclusively with `text`, durably; a half-written file is removed again. */
async function createExclusive(path: string, text: string): Promise<boolean> {
  let h: fsp.FileHandle;
  try {
    h = await fsp.open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    await h.writeFile(text);
    await h.sync();
    await h.close();
  } catch (err) {
    await h.close().catch(() => {});
    await fsp.unlink(path).catch(() => {});
    throw err;
  }
  return true;
}

type Read = { owner: Owner } | { empty: true; ageMs: number } | { gone: true };

async function readLock(path: string): Promise<Read> {
  try {
    const [text, st] = await Promise.all([fsp.readFile(path, 'utf8'), fsp.stat(path)]);
    try {
      const o = JSON.parse(text);
      if (typeof o.pid === 'number' && typeof o.host === 'string') return { owner: { start: null, at: '', ...o } };
    } catch {
      // being written, or garbage
    }
    return { empty: true, ageMs: Date.now() - st.mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { gone: true };
    throw err;
  }
}

/** Remove the lock at `path` only if it still holds exactly `seen`, and only one process at a time may do so. */
async function takeOver(dir: string, path: string, seen: string): Promise<boolean> {
  const mutex = join(dir, TAKEOVER_FILE);
  if (!(await createExclusive(mutex, String(process.pid)))) {
    const st = await fsp.stat(mutex).catch(() => null);
    if (st && Date.now() - st.mtimeMs > TAKEOVER_STALE_MS) await fsp.unlink(mutex).catch(() => {});
    return false; // someone else is taking over: retry from the start
  }
  try {
    const now = await fsp.readFile(path, 'utf8').catch(() => null);
    if (now !== seen) return false;
    await fsp.unlink(path);
    return true;
  } catch {
    return false;
  } finally {
    await fsp.unlink(mutex).catch(() => {});
  }
}

export async function acquireLock(dataDir: string): Promise<DataLock> {
  const path = join(dataDir, LOCK_FILE);
  const me: Owner = { pid: process.pid, host: hostname(), start: processStart(process.pid), at: new Date().toISOString() };
  const mine = JSON.stringify(me);
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (await createExclusive(path, mine)) {
      return {
        // Release only our own lock: never remove one a later owner took over after a takeover.
        release: async () => {
          const text = await fsp.readFile(path, 'utf8').catch(() => null);
          if (text === mine) await fsp.unlink(path).catch(() => {});
        },
      };
    }
    const seen = await fsp.readFile(path, 'utf8').catch(() => null);
    const r = await readLock(path);
    if ('gone' in r) continue;
    if ('owner' in r) {
      // Our own pid is re-entrant (tests and the CLI open a folder twice in one process): take it over.
      const ours = r.owner.pid === process.pid && r.owner.host === me.host;
      if (!ours && alive(r.owner)) {
        throw new AppError(
          'store.locked',
          `The data folder ${dataDir} is in use by another Redaksi process (pid ${r.owner.pid}). Close it first.`,
          { path: dataDir, pid: r.owner.pid },
        );
      }
    } else if (r.ageMs < EMPTY_GRACE_MS) {
      await sleep(20); // its creator is writing it right now
      continue;
    }
    if (seen !== null && (await takeOver(dataDir, path, seen))) continue;
    await sleep(5 + Math.random() * 20);
  }
  throw new AppError('store.locked', `Could not lock the data folder ${dataDir}.`, { path: dataDir, pid: 0 });
}
