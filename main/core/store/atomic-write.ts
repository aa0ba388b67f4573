// Atomic, durable file replace: unique temp file, fsync, rename over the target, fsync the directory.
import { promises as fsp, constants } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The fs calls we use, so tests can inject ENOSPC/EROFS where no real full disk is at hand. */
export interface WriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
}
export const realFs: WriteFs = { open: fsp.open, rename: fsp.rename, unlink: fsp.unlink };

export const TEMP_SUFFIX = '.tmp';

export function tempNameFor(file: string): string {
  // pid + random: two writers (or two processes) never share a temp name, unlike steno's single ".tmp".
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

export async function atomicWriteFile(file: string, data: string | Uint8Array, fs: WriteFs = realFs): Promise<void> {
  const tmp = tempNameFor(file);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, file);
  } catch (err) {
    if (handle) await handle.close().catch(() => {});
    await fs.unlink(tmp).catch(() => {});
    throw err;
  }
  await fsyncDir(dirname(file));
}

/** fsync a directory so the rename itself survives power loss; not every OS allows opening a dir. */
export async function fsyncDir(dir: string): Promise<void> {
  let h: fsp.FileHandle | undefined;
  try {
    h = await fsp.open(dir, constants.O_RDONLY);
    await h.sync();
  } catch {
    // Windows and some filesystems refuse; the rename is still atomic there.
  } finally {
    await h?.close().catch(() => {});
  }
}
