// The data folder: lock, one cached lowdb instance per file, temp-file cleanup, recovery reports.
import { promises as fsp } from 'node:fs';
import { join, resolve, relative, sep } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../errors';
import { acquireLock, type DataLock } from './lock';
import type { ZodType } from 'zod';
import { DurableJsonFile, type Accept, type Recovery } from './durable-file';
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
  /** The stored shape (after migration). Without one, every non-null default's JSON kind is checked. */
  schema?: ZodType;
}

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Whether a parsed file is a document of this kind: an object, not from a newer schema, every key that has a
 * non-null default of the same JSON kind (missing keys are filled from the defaults), and the schema passes.
 * Anything else is treated like a torn file: set aside, newest acceptable snapshot, reported.
 */
export function acceptsDoc<T extends Versioned>(spec: DocSpec<T>, rel: string): Accept {
  return (value) => {
    if (kind(value) !== 'object') return false;
    let doc: Record<string, unknown>;
    try {
      doc = { ...spec.defaults(), ...migrate<T>(value as Record<string, unknown>, spec.migrations ?? [], rel) } as unknown as Record<string, unknown>;
    } catch {
      return false; // a newer schema than this build reads
    }
    const defaults = spec.defaults() as unknown as Record<string, unknown>;
    for (const [k, d] of Object.entries(defaults)) {
      if (d !== null && kind(doc[k]) !== kind(d)) return false;
    }
    return spec.schema ? spec.schema.safeParse(doc).success : true;
  };
}

export class DataStore {
  readonly recoveries: Recovery[] = [];
  private docs = new Map<string, Promise<Low<T0>>>();
  private recoveryListeners: ((r: Recovery) => void)[] = [];

  /** True when the folder was opened read-only (asked for, or because it cannot be written). */
  get readOnly(): boolean {
    return this.opts.readOnly;
  }

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
    // A folder we cannot write (immutable, read-only mount, full disk) still opens — read-only, and says so.
    let lock: DataLock | null = null;
    let cannotWrite: string | null = null;
    if (!options.readOnly) {
      try {
        lock = await acquireLock(dir);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? '';
        if (!WRITE_FAILURES.has(code)) throw err;
        cannotWrite = code;
      }
    }
    const store = new DataStore(dir, lock, {
      snapshotIntervalMs: options.snapshotIntervalMs ?? 60_000,
      snapshotsKept: options.snapshotsKept ?? 10,
      fs: options.fs ?? realFs,
      readOnly: (options.readOnly ?? false) || cannotWrite !== null,
    });
    if (cannotWrite) {
      store.notify({ file: dir, corruptCopy: '', snapshot: null, at: new Date().toISOString(), kind: 'readOnly', reason: cannotWrite });
    }
    if (lock) await store.removeStaleTemps(dir);
    return store;
  }

  /** Record a notice for the user (a recovery, a history problem, a read-only open) and tell listeners. */
  notify(r: Recovery): void {
    this.recoveries.push(r);
    for (const l of this.recoveryListeners) l(r);
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
      accept: acceptsDoc(spec, relative(this.dataDir, file)),
      readOnly: this.opts.readOnly,
      onRecovery: (r) => this.notify(r),
    });
    const db = new Low<T>(this.opts.readOnly ? readOnlyAdapter(adapter) : adapter, spec.defaults());
    await db.read();
    db.data = {
      ...spec.defaults(),
      ...migrate<T>((db.data ?? spec.defaults()) as unknown as Record<string, unknown>, spec.migrations ?? [], relative(this.dataDir, file)),
    };
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

  /**
   * Temp files left by a killed writer are garbage: the target file was never replaced by them. Names only (a
   * folder of 20,000 articles lists in a few ms that way): `.json` entries are documents, never folders, so only
   * the few other names are looked at.
   */
  private async removeStaleTemps(dir: string): Promise<void> {
    const names = await fsp.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (name.endsWith('.json') || name === SNAPSHOT_DIR) continue;
      const p = join(dir, name);
      if (name.endsWith(TEMP_SUFFIX)) {
        if ((await fsp.lstat(p).catch(() => null))?.isFile()) await fsp.unlink(p).catch(() => {});
      } else if ((await fsp.lstat(p).catch(() => null))?.isDirectory()) await this.removeStaleTemps(p);
    }
  }
}

type T0 = Versioned;

/** Errors that mean "this folder cannot be written now", as opposed to a bug or a lock held by someone else. */
const WRITE_FAILURES = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT']);

function readOnlyAdapter<T>(inner: DurableJsonFile<T>) {
  return {
    read: () => inner.read(),
    write: async () => {
      throw new AppError('store.openedReadOnly', 'This data folder was opened read-only.');
    },
  };
}
