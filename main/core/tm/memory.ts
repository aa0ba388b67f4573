// TranslationMemory: stores confirmed segments per language pair in shards, looks them up through lazy indexes.
import { randomUUID } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { Low } from 'lowdb';
import type { DataStore } from '../store/data-store';
import { AppError } from '../errors';
import type {
  AddResult,
  ConcordanceHit,
  ConcordanceOptions,
  ImportResult,
  LookupOptions,
  TmMatch,
  TmPair,
  TmUnit,
  TmUnitInput,
} from './types';
import { checkPair, pairKey } from './lang';
import { PairState } from './pair-state';
import { DEFAULT_SHARD_SIZE, listPairDirs, listShards, openShard, pairDir, type ShardDoc } from './shards';
import { INDEX_FILE, coveredUnits, decodeIndexSteps, encodeIndexSteps, sampleAgrees, shardRecords, type ShardRecord } from './index-file';
import type { IndexParts } from './pair-state';
import { atomicWriteFile } from '../store/atomic-write';
import { lookupScored, toMatch, type LookupStats } from './lookup';
import { concordanceIn } from './concordance';
import { tmTime } from './time';
import { buildTmx, parseTmxDetailed, type ParsedTmx } from './tmx';
import { runSliced, yielder } from '../yield';

export interface TmOptions {
  /** Units per shard file (default 5000). */
  shardSize?: number;
  /** Load the lookup index from its file and save it there (default true; false always builds, never writes). */
  persistIndex?: boolean;
  /** Quiet time after a change before the index file is saved (default 3000 ms). */
  indexSaveDelayMs?: number;
  /**
   * Longest stretch of index work (build, load, save) between turns for the event loop (default 8 ms: a request
   * waits at most that long; 0 gives a turn at every step, which tests use to race lookups against that work).
   */
  sliceMs?: number;
}

/** Where a pair's lookup index came from: how many units the file covered, how many were indexed here. */
export interface IndexInfo {
  units: number;
  fromFile: number;
}

/** The index file is rewritten once it is this many units behind (or missing); flush() saves any difference. */
const SAVE_BEHIND = 500;

interface LoadedPair {
  pair: TmPair;
  state: PairState;
  shards: Low<ShardDoc>[];
  /** File number of each shard (parallel to shards). */
  shardNos: number[];
  /** Units the index came with from its file (the rest were indexed in this process). */
  fromFile: number;
  /** Units the index file on disk covers (0: none usable). */
  onDisk: number;
  /** Shard records already hashed (by shard number), reused while a shard's count is unchanged. */
  records: Map<number, ShardRecord>;
}

const newUnitId = () => randomUUID().replace(/-/g, '').slice(0, 16);
const nfc = (s: string | undefined) => (s === undefined ? undefined : s.normalize('NFC'));

export class TranslationMemory {
  private readonly loaded = new Map<string, Promise<LoadedPair>>();
  /** Adds to one pair run one after another: creating a shard is async and must not interleave. */
  private readonly writeQueue = new Map<string, Promise<unknown>>();
  private readonly shardSize: number;
  private readonly persist: boolean;
  private readonly saveDelayMs: number;
  private readonly saveTimers = new Map<string, NodeJS.Timeout>();
  private readonly sliceMs: number;

  constructor(
    private readonly store: DataStore,
    opts: TmOptions = {},
  ) {
    this.shardSize = Math.max(1, opts.shardSize ?? DEFAULT_SHARD_SIZE);
    this.persist = opts.persistIndex ?? true;
    this.saveDelayMs = opts.indexSaveDelayMs ?? 3000;
    this.sliceMs = Math.max(0, opts.sliceMs ?? 8);
  }

  /** How the pair's lookup index was made (loads the pair). */
  async indexInfo(pair: TmPair): Promise<IndexInfo> {
    const lp = await this.pair(checkPair(pair));
    return { units: lp.state.size, fromFile: lp.fromFile };
  }

  /** Save every index that is behind its file now (call before the process ends; the timer does not wait). */
  async flush(): Promise<void> {
    for (const t of this.saveTimers.values()) clearTimeout(t);
    this.saveTimers.clear();
    for (const p of [...this.loaded.values()]) {
      const lp = await p.catch(() => null);
      if (lp) await this.serial(lp.pair, () => this.saveIndex(lp, 1));
    }
  }

  /** Load a pair's shards and build its index (done lazily on first use; call early to hide the cost). */
  warm(pair: TmPair): Promise<void> {
    return this.pair(pair).then(() => undefined);
  }

  /**
   * Store units; the same source after the same previous segment in the same pair replaces the target.
   * Long lists give the event loop a turn every few milliseconds (a 40,000-unit TMX must not freeze the app).
   */
  async add(input: TmUnitInput | TmUnitInput[], progress?: (done: number, total: number) => void): Promise<AddResult> {
    const raw = Array.isArray(input) ? input : [input];
    const pause = yielder();
    const list: TmUnitInput[] = [];
    for (const u of raw) {
      list.push(validateUnit(u));
      await pause();
    }
    const byPair = new Map<string, TmUnitInput[]>();
    for (const u of list) {
      const k = pairKey({ from: u.sourceLang, to: u.targetLang });
      // Push, never copy the list: a copy per unit made a 100,000-unit import quadratic.
      const list = byPair.get(k);
      if (list) list.push(u);
      else byPair.set(k, [u]);
    }
    const total: AddResult = { added: 0, updated: 0 };
    let done = 0;
    for (const units of byPair.values()) {
      const pair = { from: units[0].sourceLang, to: units[0].targetLang };
      const before = done;
      const r = await this.serial(pair, () => this.addToPair(pair, units, (n) => progress?.(before + n, list.length)));
      done += units.length;
      total.added += r.added;
      total.updated += r.updated;
    }
    return total;
  }

  /** Matches for `text`, best first: 101 in-context, 100 exact, then fuzzy ≥ minScore (default 70). */
  async lookup(text: string, opts: LookupOptions, stats?: LookupStats): Promise<TmMatch[]> {
    const { state } = await this.pair(checkPair(opts));
    return lookupScored(state, text, opts, stats).map((s) => toMatch(s, text));
  }

  /** Units whose source (or target) contains the phrase, ignoring case, diacritics and punctuation. */
  async concordance(query: string, opts: ConcordanceOptions): Promise<ConcordanceHit[]> {
    const { state } = await this.pair(checkPair(opts));
    return concordanceIn(state, query, opts);
  }

  async count(pair: TmPair): Promise<number> {
    return (await this.pair(checkPair(pair))).state.size;
  }

  /** Every pair that has units on disk, with its count. */
  async pairs(): Promise<{ from: TmPair['from']; to: TmPair['to']; count: number }[]> {
    const out = [];
    for (const dir of await listPairDirs(this.store)) {
      const [from, to] = dir.split('-');
      let pair: TmPair;
      try {
        pair = checkPair({ from, to });
      } catch {
        continue;
      }
      const count = await this.count(pair);
      if (count > 0) out.push({ ...pair, count });
    }
    return out;
  }

  /** A copy of the pair's units in insertion order. */
  async units(pair: TmPair): Promise<TmUnit[]> {
    return (await this.pair(checkPair(pair))).state.units.map((u) => ({ ...u }));
  }

  /** Import a TMX document: all of it, or nothing when it is malformed (tmx.malformed). */
  async importTmx(xml: string, opts: { origin?: string } = {}): Promise<ImportResult> {
    return this.importParsed(parseTmxDetailed(xml), opts);
  }

  /** Import a TMX document parsed elsewhere (the import pool parses it off the domain thread). */
  async importParsed(
    { units, skipped }: ParsedTmx,
    opts: { origin?: string; progress?: (done: number, total: number) => void } = {},
  ): Promise<ImportResult> {
    const perPair = new Map<string, { from: TmPair['from']; to: TmPair['to']; count: number }>();
    for (const u of units) {
      if (opts.origin && !u.origin) u.origin = opts.origin;
      const k = pairKey({ from: u.sourceLang, to: u.targetLang });
      const entry = perPair.get(k) ?? { from: u.sourceLang, to: u.targetLang, count: 0 };
      entry.count++;
      perPair.set(k, entry);
    }
    await this.add(units, opts.progress);
    return { imported: units.length, skipped, pairs: [...perPair.values()] };
  }

  async exportTmx(pair: TmPair): Promise<string> {
    const p = checkPair(pair);
    const { state } = await this.pair(p);
    return buildTmx(state.units, { sourceLang: p.from, creationTool: 'Redaksi' });
  }

  private pair(pair: TmPair): Promise<LoadedPair> {
    const k = pairKey(pair);
    let p = this.loaded.get(k);
    if (!p) {
      p = this.load(pair);
      this.loaded.set(k, p);
      p.catch(() => this.loaded.delete(k));
    }
    return p;
  }

  /**
   * Read the shards and make the index (from its file, then the units added since; or from every unit). Turns for
   * the event loop along the way are safe: nobody sees the state before the promise in `loaded` resolves (lookups
   * and adds await it), so a lookup during a load waits for the whole index, never a part of it.
   */
  private async load(pair: TmPair): Promise<LoadedPair> {
    const shards: Low<ShardDoc>[] = [];
    const shardNos = await listShards(this.store, pair);
    for (const n of shardNos) {
      shards.push(await openShard(this.store, pair, n));
      // Give the event loop a turn between shards so a 100,000-unit load never blocks the app for long.
      await new Promise((r) => setImmediate(r));
    }
    const saved = this.persist ? await this.readIndex(pair, shards, shardNos) : null;
    // Restoring the key tables is ~15 ms at 100,000 units: a step of its own, between two turns.
    await new Promise((r) => setImmediate(r));
    const state = new PairState(saved?.parts);
    await new Promise((r) => setImmediate(r));
    // Indexing a unit costs ~20 µs: a 5,000-unit shard in one go was a 100 ms block.
    const pause = yielder(this.sliceMs);
    for (let k = 0; k < shards.length; k++) {
      for (const u of shards[k].data.units) {
        if (state.size < state.restored) state.restore(u, k);
        else state.push(u, k);
        const p = pause();
        if (p) await p;
      }
    }
    const records = new Map((saved?.shards ?? []).map((r) => [r.no, r]));
    const lp: LoadedPair = { pair, state, shards, shardNos, fromFile: state.restored, onDisk: state.restored, records };
    this.scheduleSave(lp);
    return lp;
  }

  /** The saved indexes of the units the shards still hold, from the first; null to build them all here. */
  private async readIndex(pair: TmPair, shards: Low<ShardDoc>[], shardNos: number[]): Promise<{ parts: IndexParts; shards: ShardRecord[] } | null> {
    const bytes = await fsp.readFile(this.store.path(`${pairDir(pair)}/${INDEX_FILE}`)).catch(() => null);
    try {
      const saved = bytes && (await runSliced(decodeIndexSteps(bytes), this.sliceMs));
      if (!saved) return null;
      const covered = await runSliced(
        coveredUnits(
          saved.shards,
          shards.map((db, k) => ({ no: shardNos[k], units: db.data.units })),
        ),
        this.sliceMs,
      );
      if (covered === null || covered !== saved.parts.norm.length) return null;
      // Unit i found through the shards (one flat list of 100,000 units was an 11 ms step of its own).
      const unitAt = (i: number) => {
        let k = 0;
        while (i >= shards[k].data.units.length) i -= shards[k++].data.units.length;
        return shards[k].data.units[i];
      };
      return sampleAgrees(saved.parts, unitAt) ? saved : null;
    } catch {
      return null; // whatever is wrong with a cache file, the shards are the truth: build from them
    }
  }

  /** Save the pair's index after a quiet spell, when its file is missing or well behind (never on a read-only store). */
  private scheduleSave(lp: LoadedPair): void {
    if (!this.persist || this.store.readOnly) return;
    const behind = lp.state.size - lp.onDisk;
    if (behind <= 0 || (lp.onDisk > 0 && behind < SAVE_BEHIND)) return;
    const k = pairKey(lp.pair);
    clearTimeout(this.saveTimers.get(k));
    const timer = setTimeout(() => {
      this.saveTimers.delete(k);
      void this.serial(lp.pair, () => this.saveIndex(lp, SAVE_BEHIND));
    }, this.saveDelayMs);
    timer.unref(); // a CLI command ends when its work does; it calls flush() where the file matters
    this.saveTimers.set(k, timer);
  }

  /** Write the index file when it is at least `minBehind` units behind (runs in the pair's write queue). */
  private async saveIndex(lp: LoadedPair, minBehind: number): Promise<void> {
    const { state } = lp;
    const behind = state.size - lp.onDisk;
    if (!this.persist || this.store.readOnly || behind <= 0 || (lp.onDisk > 0 && behind < minBehind)) return;
    const size = state.size;
    try {
      // Every step runs with turns for the event loop between them (a 100,000-unit save was a 200 ms block). That is
      // safe because adds wait in this queue until the save ends (so the shard records, the indexes and the file
      // all describe the same `size` units; partsSteps throws if that ever broke) and lookups change nothing.
      const records = await runSliced(shardRecords(state.units, state.shardOf, lp.shardNos, lp.records), this.sliceMs);
      if (!records) return;
      const parts = await runSliced(state.partsSteps(), this.sliceMs);
      const bytes = await runSliced(encodeIndexSteps(parts, records), this.sliceMs);
      if (state.size !== size) return;
      await atomicWriteFile(this.store.path(`${pairDir(lp.pair)}/${INDEX_FILE}`), bytes);
      lp.onDisk = size;
    } catch {
      // A cache: a full disk or a removed folder costs the next process a rebuild, never a unit.
    }
  }

  private serial<T>(pair: TmPair, fn: () => Promise<T>): Promise<T> {
    const k = pairKey(pair);
    const run = (this.writeQueue.get(k) ?? Promise.resolve()).then(fn, fn);
    this.writeQueue.set(
      k,
      run.catch(() => {}),
    );
    return run;
  }

  private async addToPair(pair: TmPair, units: TmUnitInput[], progress?: (done: number) => void): Promise<AddResult> {
    const lp = await this.pair(pair);
    const { state, shards, shardNos } = lp;
    const dirty = new Set<number>();
    let added = 0;
    let updated = 0;
    const pause = yielder();
    let count = 0;
    for (const input of units) {
      // Writes come after the loop and this pair's adds run one at a time: a turn here cannot interleave with one.
      if (++count % 1000 === 0) progress?.(count);
      const p = pause();
      if (p) await p;
      const existing = state.find(input.source, input.prev);
      if (existing !== undefined) {
        const unit = state.units[existing];
        unit.target = input.target;
        unit.changedAt = tmTime(input.changedAt);
        if (input.next !== undefined) unit.next = input.next;
        if (input.origin !== undefined) unit.origin = input.origin;
        state.targetChanged(existing);
        dirty.add(state.shardOf[existing]);
        updated++;
        continue;
      }
      let last = shards.length - 1;
      if (last < 0 || shards[last].data.units.length >= this.shardSize) {
        const n = last < 0 ? 0 : shardNos[last] + 1;
        shards.push(await openShard(this.store, pair, n));
        shardNos.push(n);
        last = shards.length - 1;
      }
      const createdAt = tmTime(input.createdAt);
      const unit: TmUnit = {
        id: input.id && !state.ids.has(input.id) ? input.id : newUnitId(),
        source: input.source,
        target: input.target,
        sourceLang: pair.from,
        targetLang: pair.to,
        ...(input.prev !== undefined ? { prev: input.prev } : {}),
        ...(input.next !== undefined ? { next: input.next } : {}),
        createdAt,
        changedAt: input.changedAt ? tmTime(input.changedAt) : createdAt,
        ...(input.origin !== undefined ? { origin: input.origin } : {}),
      };
      shards[last].data.units.push(unit);
      state.push(unit, last);
      dirty.add(last);
      added++;
    }
    for (const s of [...dirty].sort((a, b) => a - b)) await shards[s].write();
    if (added) this.scheduleSave(lp);
    return { added, updated };
  }
}

function validateUnit(u: TmUnitInput): TmUnitInput {
  checkPair({ from: u?.sourceLang, to: u?.targetLang });
  const source = typeof u.source === 'string' ? u.source.trim() : '';
  const target = typeof u.target === 'string' ? u.target.trim() : '';
  if (!source || !target) {
    throw new AppError('tm.emptySegment', 'A translation unit needs a non-empty source and target.', {
      source: String(u.source ?? '').slice(0, 80),
    });
  }
  return {
    ...u,
    source: nfc(u.source)!,
    target: nfc(u.target)!,
    prev: nfc(u.prev),
    next: nfc(u.next),
  };
}
