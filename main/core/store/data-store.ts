// The data folder: lock, one cached lowdb instance per file, temp-file cleanup, recovery reports.
import { promises as fsp } from 'node:fs';
import { join, resolve, relative, sep } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../errors';
import { acquireLock, type DataLock } from './lock';
import { DurableJsonFile, type Recovery } from './durable-file';
import { migrate, type Migration, type Versioned } from './migrations';
import { TEMP_SUFFIX, realFs, type WriteFs } from './atomic-write';
import { SNAPSHOT_DIR, snapshotFolder } from './snapshots';

export interface StoreOptions {
  snapshotIntervalMs?: number;
  snapshotsKept?: number;
  /** Read-only opens take no lock (e.g. `list` while the app runs). */
  readOnly?: boolean;
  fs?: WriteFs;
}

export interface DocSpec<T extends Versioned> {
  defaults: () => T;
  migrations?: Migration[];
}

export class DataStore {
  readonly recoveries: Recovery[] = [];
  private docs = new Map<string, Promise<Low<T0>>>();
  private recoveryListeners: ((r: Recovery) => void)[] = [];

  private constructor(
    readonly dataDir: string,
    private readonly lock: DataLock | null,
    private readonly opts: Required<Omit<StoreOptions, 'fs' | 'readOnly'>> & { fs: WriteFs; readOnly: boolean },
  ) {}

  static async open(dataDir: string, options: StoreOptions = {}): Promise<DataStore> {
    const dir = resolve(dataDir);
    try {
      await fsp.mkdir(dir, { recursive: true });
    } catch (err) {
      throw new AppError('store.cannotCreate', `Cannot create the data folder ${dir}: ${(err as Error).message}`, {
        path: dir,
      });
    }
    const lock = options.readOnly ? null : await acquireLock(dir);
    const store = new DataStore(dir, lock, {
      snapshotIntervalMs: options.snapshotIntervalMs ?? 60_000,
      snapshotsKept: options.snapshotsKept ?? 10,
      fs: options.fs ?? realFs,
      readOnly: options.readOnly ?? false,
    });
    if (lock) await store.removeStaleTemps(dir);
    return store;
  }

  onRecovery(listener: (r: Recovery) => void): () => void {
    this.recoveryListeners.push(listener);
    return () => (this.recoveryListeners = this.recoveryListeners.filter((l) => l !== listener));
  }

  path(rel: string): string {
    const p = resolve(this.dataDir, rel);
    if (!p.startsWith(this.dataDir + sep)) throw new AppError('store.badPath', `Path escapes the data folder: ${rel}`);
    return p;
  }

  /** The one lowdb instance for `rel` (relative to the data folder), read and migrated on first use. */
  doc<T extends Versioned>(rel: string, spec: DocSpec<T>): Promise<Low<T>> {
    const file = this.path(rel);
    let entry = this.docs.get(file) as Promise<Low<T>> | undefined;
    if (!entry) {
      entry = this.load(file, spec);
      this.docs.set(file, entry as unknown as Promise<Low<T0>>);
      entry.catch(() => this.docs.delete(file));
    }
    return entry;
  }

  private async load<T extends Versioned>(file: string, spec: DocSpec<T>): Promise<Low<T>> {
    const adapter = new DurableJsonFile<T>(file, {
      dataDir: this.dataDir,
      snapshotIntervalMs: this.opts.snapshotIntervalMs,
      snapshotsKept: this.opts.snapshotsKept,
      fs: this.opts.fs,
      onRecovery: (r) => {
        this.recoveries.push(r);
        for (const l of this.recoveryListeners) l(r);
      },
    });
    const db = new Low<T>(this.opts.readOnly ? readOnlyAdapter(adapter) : adapter, spec.defaults());
    await db.read();
    db.data = migrate<T>(
      (db.data ?? spec.defaults()) as unknown as Record<string, unknown>,
      spec.migrations ?? [],
      relative(this.dataDir, file),
    );
    return db;
  }

  /** Forget a cached document (after deleting its file). */
  forget(rel: string): void {
    this.docs.delete(this.path(rel));
  }

  /** Delete a document for good (its snapshots go too): used when a draft leaves the trash for ever. */
  async remove(rel: string): Promise<void> {
    const file = this.path(rel);
    this.docs.delete(file);
    await fsp.rm(file, { force: true });
    await fsp.rm(snapshotFolder(this.dataDir, file), { recursive: true, force: true });
  }

  async exists(rel: string): Promise<boolean> {
    return fsp.access(this.path(rel)).then(
      () => true,
      () => false,
    );
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.docs.values()]);
    this.docs.clear();
    await this.lock?.release();
  }

  /** Temp files left by a killed writer are garbage: the target file was never replaced by them. */
  private async removeStaleTemps(dir: string): Promise<void> {
    const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory() && e.name !== SNAPSHOT_DIR) await this.removeStaleTemps(p);
      else if (e.isFile() && e.name.endsWith(TEMP_SUFFIX)) await fsp.unlink(p).catch(() => {});
    }
  }
}

type T0 = Versioned;

function readOnlyAdapter<T>(inner: DurableJsonFile<T>) {
  return {
    read: () => inner.read(),
    write: async () => {
      throw new AppError('store.openedReadOnly', 'This data folder was opened read-only.');
    },
  };
}
