// TM files on disk: tm/<from>-<to>/<nnnn>.json, each a small lowdb document of at most `shardSize` units.
//
// lowdb rewrites a whole file on every write, so one file per pair would cost a full 30 MB rewrite per
// confirmed segment at 100,000 units. New units go to the newest shard; older shards are only rewritten when
// one of their units gets a new target (upsert). Beside them, lookup-index.bin caches the lookup index
// (index-file.ts); it is not a shard (listShards only counts <nnnn>.json).
import { promises as fsp } from 'node:fs';
import type { Low } from 'lowdb';
import type { DataStore } from '../store/data-store';
import type { TmPair, TmUnit } from './types';
import { pairKey } from './lang';

export interface ShardDoc {
  schema: number;
  units: TmUnit[];
}

export const DEFAULT_SHARD_SIZE = 5000;

export const pairDir = (pair: TmPair) => `tm/${pairKey(pair)}`;
export const shardFile = (pair: TmPair, n: number) => `${pairDir(pair)}/${String(n).padStart(4, '0')}.json`;

/** Shard numbers present on disk, ascending. */
export async function listShards(store: DataStore, pair: TmPair): Promise<number[]> {
  const names = await fsp.readdir(store.path(pairDir(pair))).catch(() => [] as string[]);
  return names
    .map((n) => /^(\d{4,})\.json$/.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

export function openShard(store: DataStore, pair: TmPair, n: number): Promise<Low<ShardDoc>> {
  return store.doc<ShardDoc>(shardFile(pair, n), { defaults: () => ({ schema: 1, units: [] }) });
}

/** Language pairs that have a folder under tm/. */
export async function listPairDirs(store: DataStore): Promise<string[]> {
  const names = await fsp.readdir(store.path('tm')).catch(() => [] as string[]);
  return names.filter((n) => /^[a-z]{2}-[a-z]{2}$/.test(n)).sort();
}
