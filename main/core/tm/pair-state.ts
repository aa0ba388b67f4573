// In-memory state of one language pair: its units, where each is stored, and the lookup indexes over them.
import type { TmUnit } from './types';
import { exactKey, normalise } from './normalize';
import { TrigramIndex, type TrigramParts } from './ngram-index';
import { KeyTable, keyHash } from './key-table';
import { runAll, type Steps } from '../yield';

/** Upsert key: the same source after the same previous segment is the same unit (its target gets replaced). */
export function unitKey(source: string, prev: string | undefined): string {
  return `${exactKey(source)}\u0000${prev === undefined ? '\u0001' : exactKey(prev)}`;
}

/** Everything the indexes hold for units 0 … size − 1, as saved in the index file (index-file.ts). */
export interface IndexParts {
  /** normalise(source) of each unit. */
  norm: string[];
  /** keyHash(exactKey(source)) and keyHash(unitKey(source, prev)) of each unit. */
  exactHashes: Uint32Array;
  keyHashes: Uint32Array;
  trigrams: TrigramParts;
}

export class PairState {
  readonly units: TmUnit[] = [];
  /** Shard number of each unit (parallel to units). */
  readonly shardOf: number[] = [];
  /** Normalised source of each unit (parallel to units). */
  readonly norm: string[];
  private normTargets: (string | undefined)[] = [];
  private readonly byKey: KeyTable;
  private readonly byExact: KeyTable;
  private idSet: Set<string> | null = null;
  readonly index: TrigramIndex;
  /** How many units the restored indexes cover (0 for a fresh state). */
  readonly restored: number;

  /**
   * Empty, or with the indexes of the first units restored from `parts`: the caller then pushes those units with
   * restore() (in the same order) and any later ones with push().
   */
  constructor(parts?: IndexParts) {
    this.norm = parts ? parts.norm : [];
    this.restored = parts ? parts.norm.length : 0;
    this.byKey = new KeyTable(parts?.keyHashes);
    this.byExact = new KeyTable(parts?.exactHashes);
    this.index = parts ? TrigramIndex.fromParts(parts.trigrams) : new TrigramIndex();
  }

  /** Index a unit (already stored in shard `shard`); returns its dense index. */
  push(unit: TmUnit, shard: number): number {
    const i = this.units.length;
    if (i < this.restored) throw new Error('PairState.push: restore() the indexed units first');
    this.units.push(unit);
    this.shardOf.push(shard);
    const n = normalise(unit.source);
    this.norm.push(n);
    const ek = exactKey(unit.source);
    this.byKey.add(keyHash(`${ek}\u0000${unit.prev === undefined ? '\u0001' : exactKey(unit.prev)}`));
    this.byExact.add(keyHash(ek));
    this.idSet?.add(unit.id);
    this.index.add(i, n);
    return i;
  }

  /** Attach a unit the restored indexes already cover (the caller has checked they were built from it). */
  restore(unit: TmUnit, shard: number): void {
    if (this.units.length >= this.restored) throw new Error('PairState.restore: past the restored units');
    this.units.push(unit);
    this.shardOf.push(shard);
  }

  find(source: string, prev: string | undefined): number | undefined {
    const key = unitKey(source, prev);
    for (const i of this.byKey.find(keyHash(key))) {
      const u = this.units[i];
      if (unitKey(u.source, u.prev) === key) return i;
    }
    return undefined;
  }

  /** Units whose source is the same text (ignoring whitespace differences), in insertion order. */
  exactMatches(source: string): number[] {
    const key = exactKey(source);
    const out: number[] = [];
    for (const i of this.byExact.find(keyHash(key))) if (exactKey(this.units[i].source) === key) out.push(i);
    return out.reverse();
  }

  /** Unit ids in use (built on first use: only adds need it). */
  get ids(): ReadonlySet<string> {
    if (!this.idSet) this.idSet = new Set(this.units.map((u) => u.id));
    return this.idSet;
  }

  /** The indexes of every unit, for the index file. */
  parts(): IndexParts {
    return runAll(this.partsSteps());
  }

  /**
   * parts() in steps (the posting lists are copied a few thousand buckets at a time). Nothing may be pushed before
   * it ends: `norm` is not copied, the rest is. The caller runs it where adds wait (the pair's write queue).
   */
  *partsSteps(): Steps<IndexParts> {
    const size = this.size;
    const trigrams = yield* this.index.toPartsSteps();
    if (this.size !== size) throw new Error('PairState.partsSteps: units were added meanwhile');
    return { norm: this.norm.slice(0, size), exactHashes: this.byExact.toArray(), keyHashes: this.byKey.toArray(), trigrams };
  }

  /** The target changed (upsert): its normalised form must be recomputed for concordance. */
  targetChanged(i: number): void {
    this.normTargets[i] = undefined;
  }

  normTarget(i: number): string {
    let t = this.normTargets[i];
    if (t === undefined) t = this.normTargets[i] = normalise(this.units[i].target);
    return t;
  }

  get size(): number {
    return this.units.length;
  }
}
