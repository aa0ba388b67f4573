// A lowdb adapter that writes atomically, serialises its writers, snapshots, and recovers corrupt files.
import { promises as fsp, constants } from 'node:fs';
import { dirname, basename } from 'node:path';
import type { Adapter } from 'lowdb';
import { atomicWriteFile, realFs, type WriteFs } from './atomic-write';
import type { RecoveryReport } from '../../../preload/contract/system';
import { AppError } from '../errors';
import { newestGoodSnapshot, parseOrNull, snapshotFolder, writeSnapshot } from './snapshots';

/** A damaged file set aside (and what replaced it), or another notice about the data folder: see the contract. */
export type Recovery = RecoveryReport;

/** Is this parsed JSON a document this store can use (right shape, not from a newer schema)? */
export type Accept = (value: unknown) => boolean;

export interface DurableOptions {
  dataDir: string;
  /** Minimum time between snapshots of one file (0 = every write). */
  snapshotIntervalMs: number;
  snapshotsKept: number;
  onRecovery: (r: Recovery) => void;
  fs?: WriteFs;
  /** Valid JSON of the wrong shape is as corrupt as a torn file. */
  accept?: Accept;
  /** A read-only open never touches the disk: a damaged file is served from its snapshot and reported pending. */
  readOnly?: boolean;
}

export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();
  private lastSnapshotAt = 0;
  /** Set while a repair could not be written: the snapshot text to put in place once there is room. */
  private pendingRepair: { snapshot: string | null; text: string | null; report: Recovery } | null = null;

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
    if (parsed !== null && (this.opts.accept ?? (() => true))(parsed)) return parsed as T;
    return this.recover();
  }

  /**
   * Bring back the newest good snapshot and keep the broken file, never removing the only copy:
   * the broken file is first preserved under a `.corrupt-*` name (a hard link, so a full disk does not stop it),
   * then the snapshot atomically replaces it. If either step fails, the broken file stays where it was, the
   * snapshot is served from memory, writes wait for the repair, and the report says it is pending.
   */
  private async recover(): Promise<T | null> {
    const at = new Date().toISOString();
    const corruptCopy = `${this.file}.corrupt-${at.replace(/[:.]/g, '-')}`;
    const snap = await newestGoodSnapshot(snapshotFolder(this.opts.dataDir, this.file), this.opts.accept);
    const report: Recovery = { file: this.file, corruptCopy, snapshot: snap?.path ?? null, at };
    try {
      if (this.opts.readOnly) throw new Error('read-only');
      await this.repair(corruptCopy, snap?.text ?? null);
    } catch (err) {
      this.pendingRepair = { snapshot: snap?.path ?? null, text: snap?.text ?? null, report };
      report.pending = true;
      report.reason = this.opts.readOnly ? 'read-only' : ((err as NodeJS.ErrnoException).code ?? 'error');
    }
    this.opts.onRecovery(report);
    return snap ? (JSON.parse(snap.text) as T) : null;
  }

  /** Preserve the broken file, then put `text` in its place (or, with no snapshot, just move it aside). */
  private async repair(corruptCopy: string, text: string | null): Promise<void> {
    const fs = this.opts.fs ?? realFs;
    if (text === null) {
      await fs.rename(this.file, corruptCopy);
      return;
    }
    try {
      await fsp.link(this.file, corruptCopy);
    } catch {
      await fsp.copyFile(this.file, corruptCopy, constants.COPYFILE_EXCL);
    }
    try {
      await atomicWriteFile(this.file, text, fs);
    } catch (err) {
      await fs.unlink(corruptCopy).catch(() => {}); // the broken file is still in place: one copy is enough
      throw err;
    }
  }

  /** A repair that could not be written yet; `write` retries it first. */
  get pending(): Recovery | null {
    return this.pendingRepair?.report ?? null;
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    // One writer per file: each write waits for the previous one, so renames never race.
    const run = this.queue.then(() => this.writeNow(text));
    this.queue = run.catch(() => {});
    return run;
  }

  private async writeNow(text: string): Promise<void> {
    if (this.pendingRepair) {
      const p = this.pendingRepair;
      try {
        await this.repair(p.report.corruptCopy, p.text);
      } catch (err) {
        throw new AppError(
          'store.repairPending',
          `${basename(this.file)} is damaged and its repair could not be written (${(err as NodeJS.ErrnoException).code ?? 'error'}); the last good copy is shown read-only until there is room to repair it. Nothing was lost.`,
          { file: basename(this.file) },
        );
      }
      this.pendingRepair = null;
      p.report.pending = false;
    }
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
