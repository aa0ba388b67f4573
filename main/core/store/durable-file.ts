// A lowdb adapter that writes atomically, serialises its writers, snapshots, and recovers corrupt files.
import { promises as fsp } from 'node:fs';
import { dirname, basename } from 'node:path';
import type { Adapter } from 'lowdb';
import { atomicWriteFile, realFs, type WriteFs } from './atomic-write';
import { newestGoodSnapshot, parseOrNull, snapshotFolder, writeSnapshot } from './snapshots';

export interface Recovery {
  file: string;
  corruptCopy: string;
  snapshot: string | null;
  at: string;
}

export interface DurableOptions {
  dataDir: string;
  /** Minimum time between snapshots of one file (0 = every write). */
  snapshotIntervalMs: number;
  snapshotsKept: number;
  onRecovery: (r: Recovery) => void;
  fs?: WriteFs;
}

export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();
  private lastSnapshotAt = 0;

  constructor(
    readonly file: string,
    private readonly opts: DurableOptions,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const parsed = parseOrNull(text);
    if (parsed !== null) return parsed as T;
    return this.recover();
  }

  /** Set the broken file aside, bring back the newest good snapshot, and report what happened. */
  private async recover(): Promise<T | null> {
    const at = new Date().toISOString();
    const corruptCopy = `${this.file}.corrupt-${at.replace(/[:.]/g, '-')}`;
    await fsp.rename(this.file, corruptCopy);
    const snap = await newestGoodSnapshot(snapshotFolder(this.opts.dataDir, this.file));
    if (snap) await atomicWriteFile(this.file, snap.text, this.opts.fs ?? realFs);
    this.opts.onRecovery({ file: this.file, corruptCopy, snapshot: snap?.path ?? null, at });
    return snap ? (JSON.parse(snap.text) as T) : null;
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    // One writer per file: each write waits for the previous one, so renames never race.
    const run = this.queue.then(() => this.writeNow(text));
    this.queue = run.catch(() => {});
    return run;
  }

  private async writeNow(text: string): Promise<void> {
    await fsp.mkdir(dirname(this.file), { recursive: true });
    await atomicWriteFile(this.file, text, this.opts.fs ?? realFs);
    const now = Date.now();
    if (now - this.lastSnapshotAt >= this.opts.snapshotIntervalMs) {
      this.lastSnapshotAt = now;
      await writeSnapshot(snapshotFolder(this.opts.dataDir, this.file), text, this.opts.snapshotsKept, now).catch(
        () => {}, // a failed snapshot must not fail a save that already landed
      );
    }
  }

  get name(): string {
    return basename(this.file);
  }
}
