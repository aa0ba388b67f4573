// In-memory state of one language pair: its units, where each is stored, and the lookup indexes over them.
import type { TmUnit } from './types';
import { exactKey, normalise } from './normalize';
import { TrigramIndex } from './ngram-index';

/** Upsert key: the same source after the same previous segment is the same unit (its target gets replaced). */
export function unitKey(source: string, prev: string | undefined): string {
  return `${exactKey(source)}\u0000${prev === undefined ? '\u0001' : exactKey(prev)}`;
}

export class PairState {
  readonly units: TmUnit[] = [];
  /** Shard number of each unit (parallel to units). */
  readonly shardOf: number[] = [];
  /** Normalised source of each unit (parallel to units). */
  readonly norm: string[] = [];
  private normTargets: (string | undefined)[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byExact = new Map<string, number[]>();
  readonly ids = new Set<string>();
  readonly index = new TrigramIndex();

  /** Index a unit (already stored in shard `shard`); returns its dense index. */
  push(unit: TmUnit, shard: number): number {
    const i = this.units.length;
    this.units.push(unit);
    this.shardOf.push(shard);
    const n = normalise(unit.source);
    this.norm.push(n);
    this.byKey.set(unitKey(unit.source, unit.prev), i);
    const ek = exactKey(unit.source);
    const list = this.byExact.get(ek);
    if (list) list.push(i);
    else this.byExact.set(ek, [i]);
    this.ids.add(unit.id);
    this.index.add(i, n);
    return i;
  }

  find(source: string, prev: string | undefined): number | undefined {
    return this.byKey.get(unitKey(source, prev));
  }

  exactMatches(source: string): number[] {
    return this.byExact.get(exactKey(source)) ?? [];
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
