// A compact multimap from a 32-bit string hash to unit indexes (typed arrays, no per-entry objects), so the
// exact-match and upsert tables can be restored from the index file without hashing 100,000 strings again.
// A hash is only a hint: callers compare the real key of every unit a lookup yields (collisions are harmless).

/** FNV-1a over UTF-16 code units, finished with a murmur mix: stable across runs and platforms. */
export function keyHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

export class KeyTable {
  /** hashes[i] = hash of unit i's key. */
  private hashes: Uint32Array;
  /** Chains: heads[slot] = newest unit in the slot, next[i] = the one before it (−1 ends). */
  private heads = new Int32Array(0);
  private next: Int32Array;
  size = 0;

  constructor(hashes?: Uint32Array) {
    const n = hashes?.length ?? 0;
    this.hashes = new Uint32Array(Math.max(1024, n));
    this.next = new Int32Array(this.hashes.length);
    this.rehash(Math.max(2048, n * 2));
    if (hashes) for (let i = 0; i < n; i++) this.add(hashes[i]);
  }

  /** Record the next unit (indexes are dense, 0, 1, 2 … in insertion order) under `hash`. */
  add(hash: number): number {
    const i = this.size;
    if (i >= this.hashes.length) {
      const h = new Uint32Array(this.hashes.length * 2);
      h.set(this.hashes);
      this.hashes = h;
      const nx = new Int32Array(h.length);
      nx.set(this.next);
      this.next = nx;
    }
    this.hashes[i] = hash;
    this.size = i + 1;
    if (this.size * 2 > this.heads.length) this.rehash(this.heads.length * 2);
    else this.link(i);
    return i;
  }

  /** Units recorded under `hash`, newest first (the caller checks each one's real key). */
  *find(hash: number): Generator<number> {
    for (let i = this.heads[hash & (this.heads.length - 1)]; i >= 0; i = this.next[i]) {
      if (this.hashes[i] === hash >>> 0) yield i;
    }
  }

  /** The recorded hashes (a copy), for the index file. */
  toArray(): Uint32Array {
    return this.hashes.slice(0, this.size);
  }

  private link(i: number): void {
    const slot = this.hashes[i] & (this.heads.length - 1);
    this.next[i] = this.heads[slot];
    this.heads[slot] = i;
  }

  private rehash(slots: number): void {
    this.heads = new Int32Array(slots).fill(-1);
    for (let i = 0; i < this.size; i++) this.link(i);
  }
}
