// The pair's lookup index on disk (tm/<from>-<to>/lookup-index.bin): written after a build, loaded by the next
// process instead of normalising and indexing every unit again. A cache, never the truth: a file that is not
// exactly what this build writes, or that was built from other units than the shards now hold, is ignored.
//
// Layout: "RDXTMIDX", u32 header length, the header as JSON, then the payload (sections 4-byte aligned, little
// endian): normalised sources (UTF-8, or UTF-16LE when one is not well-formed) with u32 offsets, u32 exact-key and
// upsert-key hashes, u16 trigram counts, i32 lengths, the non-empty buckets as (bucket, count) u32 pairs, then
// every posting list as ascending unit ids, LEB128 deltas (100,000 units: 8.3 M postings in ~8.5 MB, not 33).
//
// Validation, all by content: the payload's SHA-256 (torn, truncated or flipped bytes), a format number and a
// fingerprint of the normaliser and hashes (a build whose matching changed), and per shard the SHA-1 of the
// (source, prev) of the units it was built from — the only unit fields the indexes read. The file covers the
// units of its shards in order; every shard but its last must still hold exactly those units, the last at least
// those first: units appended since (by this or another process) are indexed on load, anything else rebuilds.
import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { z } from 'zod';
import type { TmUnit } from './types';
import { exactKey, normalise } from './normalize';
import { BUCKETS, STEP_MASK, bucketOf } from './ngram-index';
import { keyHash } from './key-table';
import { unitKey, type IndexParts } from './pair-state';
import { runAll, type Steps } from '../yield';

/** Bytes hashed per step (SHA-256 of a 19 MB file is ~30 ms of one core). */
const HASH_STEP = 1 << 20;
/** Postings per step of the loops over the posting lists (a few ms). */
const POSTING_STEP = 1 << 16;
/** Units per step of the loops over every unit. */
const UNIT_STEP = 8192;

/** SHA-256 (hex) of `bytes`, a megabyte per step. */
function* sha256Steps(bytes: Uint8Array): Steps<string> {
  const hash = createHash('sha256');
  for (let at = 0; at < bytes.length; at += HASH_STEP) {
    hash.update(bytes.subarray(at, Math.min(bytes.length, at + HASH_STEP)));
    yield;
  }
  return hash.digest('hex');
}

export const INDEX_FILE = 'lookup-index.bin';
/** Bump when the layout or anything the indexes compute changes (the fingerprint catches most such changes too). */
export const INDEX_FORMAT = 1;
const MAGIC = Buffer.from('RDXTMIDX', 'latin1');

/** One shard's units the index was built from: its file number, how many (from the start), their hash. */
export interface ShardRecord {
  no: number;
  count: number;
  hash: string;
}

const SECTIONS = ['norm', 'normOffsets', 'exactHashes', 'keyHashes', 'gramCount', 'textLen', 'buckets', 'postings'] as const;
type SectionName = (typeof SECTIONS)[number];

const count = z.number().int().nonnegative();
/** The header's shape: its checksum covers the payload only, so a damaged header must fail here, not later. */
const HeaderSchema = z.object({
  format: z.number(),
  fingerprint: z.string(),
  endian: z.string(),
  units: count,
  shards: z.array(z.object({ no: count, count, hash: z.string() })),
  normEncoding: z.enum(['utf8', 'utf16le']),
  /** name → [offset, byte length] in the payload. */
  sections: z.object(Object.fromEntries(SECTIONS.map((name) => [name, z.tuple([count, count])])) as Record<SectionName, z.ZodTuple<[typeof count, typeof count]>>),
  payloadBytes: count,
  sha256: z.string(),
});
type Header = z.infer<typeof HeaderSchema>;

let fingerprintCache: string | undefined;
/** What the saved numbers depend on besides the units: the normaliser, the key functions, the hashes. */
export function indexFingerprint(): string {
  const probe = 'Ÿé Ä ﬁ ½ 5.000 3,5 ＡＢＣ — “Kutipan” … \u00a0İ ß ǅ\tDia berkata: 대통령은 ㄱ 말했다!';
  fingerprintCache ??= createHash('sha1')
    .update(
      JSON.stringify([INDEX_FORMAT, BUCKETS, normalise(probe), exactKey(probe), unitKey(probe, 'a  b'), keyHash(probe), bucketOf(1, 97, 98), bucketOf(44032, 32, 1)]),
    )
    .digest('hex');
  return fingerprintCache;
}

/** SHA-1 of the (source, prev) of `units[0 … count)`, length-prefixed so no two lists share a text. */
export function unitsHash(units: readonly TmUnit[], count = units.length): string {
  let s = '';
  for (let i = 0; i < count; i++) {
    const u = units[i];
    s += `${u.source.length}:${u.source}${u.prev === undefined ? '-' : `${u.prev.length}:${u.prev}`};`;
  }
  return createHash('sha1').update(s).digest('hex');
}

/**
 * The shard records of a state: its units grouped by shard, in order (null if they are not in shard order).
 * `known` holds records from earlier saves: a unit's source and prev never change in memory (an upsert replaces
 * the target), so a shard with the same count has the same hash and only the growing shard is hashed again.
 */
export function* shardRecords(
  units: readonly TmUnit[],
  shardOf: readonly number[],
  shardNos: readonly number[],
  known = new Map<number, ShardRecord>(),
): Steps<ShardRecord[] | null> {
  const out: ShardRecord[] = [];
  let from = 0;
  while (from < units.length) {
    const s = shardOf[from];
    let to = from;
    while (to < units.length && shardOf[to] === s) to++;
    if (out.length && shardNos[s] <= out[out.length - 1].no) return null;
    const cached = known.get(shardNos[s]);
    const record = cached?.count === to - from ? cached : { no: shardNos[s], count: to - from, hash: unitsHash(units.slice(from, to)) };
    known.set(record.no, record);
    out.push(record);
    from = to;
    yield; // one shard hashed (5,000 units: a few ms)
  }
  return out;
}

/**
 * How many units (from the start) a file with these records covers, given the shards now on disk (numbers and
 * units, in order); null when the shards no longer hold what it was built from.
 */
export function* coveredUnits(records: readonly ShardRecord[], shards: readonly { no: number; units: readonly TmUnit[] }[]): Steps<number | null> {
  if (records.length > shards.length) return null;
  let covered = 0;
  for (let k = 0; k < records.length; k++) {
    const r = records[k];
    const s = shards[k];
    const last = k === records.length - 1;
    if (s.no !== r.no || s.units.length < r.count || (!last && s.units.length !== r.count)) return null;
    if (unitsHash(s.units, r.count) !== r.hash) return null;
    covered += r.count;
    yield;
  }
  return covered;
}

/** The whole file for these indexes and the shard records they were built from. */
export function encodeIndex(parts: IndexParts, shards: ShardRecord[]): Buffer {
  return runAll(encodeIndexSteps(parts, shards));
}

/** encodeIndex() in steps of a few milliseconds (`parts` must not change until it ends). */
export function* encodeIndexSteps(parts: IndexParts, shards: ShardRecord[]): Steps<Buffer> {
  const n = parts.norm.length;
  // The sources in chunks (one 10 MB string and its encoding would be one long step). A lone surrogate (matched
  // only as such under /u) would not survive UTF-8; a pair split between two chunks counts as lone (UTF-16 then).
  const chunks: string[] = [];
  let lone = false;
  const offsets = new Uint32Array(n + 1);
  for (let from = 0, at = 0; from < n; from += UNIT_STEP) {
    const to = Math.min(n, from + UNIT_STEP);
    for (let i = from; i < to; i++) {
      offsets[i] = at;
      at += parts.norm[i].length;
      offsets[i + 1] = at;
    }
    const chunk = parts.norm.slice(from, to).join('');
    lone ||= /[\uD800-\uDFFF]/u.test(chunk);
    chunks.push(chunk);
    yield;
  }
  const normEncoding = lone ? 'utf16le' : 'utf8';
  const normParts: Buffer[] = [];
  for (const chunk of chunks) {
    normParts.push(Buffer.from(chunk, normEncoding));
    yield;
  }
  const { start, ids } = parts.trigrams;
  const buckets: number[] = [];
  const postings = Buffer.allocUnsafe(ids.length * 5);
  let p = 0;
  for (let b = 0, nextStep = 0; b < BUCKETS; b++) {
    // A step ends after a few thousand buckets or ~64k postings (a common trigram's list holds most units).
    if ((b & STEP_MASK) === 0 || start[b] >= nextStep) {
      nextStep = start[b] + POSTING_STEP;
      yield;
    }
    if (start[b + 1] === start[b]) continue;
    buckets.push(b, start[b + 1] - start[b]);
    let prev = -1;
    for (let k = start[b]; k < start[b + 1]; k++) {
      let d = ids[k] - prev;
      prev = ids[k];
      while (d >= 0x80) {
        postings[p++] = (d & 0x7f) | 0x80;
        d >>>= 7;
      }
      postings[p++] = d;
    }
  }
  const bytes: Record<SectionName, Uint8Array> = {
    norm: Buffer.concat(normParts),
    normOffsets: asBytes(offsets),
    exactHashes: asBytes(parts.exactHashes),
    keyHashes: asBytes(parts.keyHashes),
    gramCount: asBytes(parts.trigrams.gramCount),
    textLen: asBytes(parts.trigrams.textLen),
    buckets: asBytes(Uint32Array.from(buckets)),
    postings: postings.subarray(0, p),
  };
  const sections = {} as Header['sections'];
  let size = 0;
  for (const name of SECTIONS) {
    sections[name] = [size, bytes[name].length];
    size = align4(size + bytes[name].length);
  }
  const header: Header = {
    format: INDEX_FORMAT,
    fingerprint: indexFingerprint(),
    endian: endianness(),
    units: n,
    shards,
    normEncoding,
    sections,
    payloadBytes: size,
    sha256: '0'.repeat(64), // a stand-in of the same length: the payload is placed after the header once
  };
  const jsonLength = Buffer.byteLength(JSON.stringify(header), 'utf8');
  const payloadAt = align4(MAGIC.length + 4 + jsonLength);
  const file = Buffer.alloc(payloadAt + size);
  const payload = file.subarray(payloadAt);
  for (const name of SECTIONS) {
    yield;
    payload.set(bytes[name], sections[name][0]);
  }
  header.sha256 = yield* sha256Steps(payload);
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  if (json.length !== jsonLength) throw new Error('encodeIndex: the header changed length');
  MAGIC.copy(file, 0);
  file.writeUInt32LE(json.length, MAGIC.length);
  json.copy(file, MAGIC.length + 4);
  return file;
}

export interface DecodedIndex {
  shards: ShardRecord[];
  parts: IndexParts;
}

/** The indexes in a file, or null when it is not a whole, intact file of this format written by matching code. */
export function decodeIndex(file: Buffer): DecodedIndex | null {
  return runAll(decodeIndexSteps(file));
}

/** decodeIndex() in steps of a few milliseconds. */
export function* decodeIndexSteps(file: Buffer): Steps<DecodedIndex | null> {
  try {
    return yield* decode(file);
  } catch {
    return null; // malformed header JSON, a section out of range: not ours to use
  }
}

function* decode(file: Buffer): Steps<DecodedIndex | null> {
  if (file.length < MAGIC.length + 4 || !file.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const jsonLen = file.readUInt32LE(MAGIC.length);
  const parsed = HeaderSchema.safeParse(JSON.parse(file.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + jsonLen)));
  if (!parsed.success) return null;
  const header = parsed.data;
  if (header.format !== INDEX_FORMAT || header.fingerprint !== indexFingerprint() || header.endian !== endianness()) return null;
  const payloadAt = align4(MAGIC.length + 4 + jsonLen);
  if (file.length !== payloadAt + header.payloadBytes) return null;
  yield;
  const payload = file.subarray(payloadAt);
  if ((yield* sha256Steps(payload)) !== header.sha256) return null;
  const n = header.units;
  const section = (name: SectionName, bytesPer: number, count?: number): Uint8Array => {
    const [at, len] = header.sections[name];
    if (at % 4 || at < 0 || at + len > payload.length || len % bytesPer || (count !== undefined && len !== count * bytesPer)) throw new Error(name);
    return payload.subarray(at, at + len);
  };
  // Copies (new, aligned buffers that do not keep the file's bytes alive), viewed as the arrays they hold.
  const u32 = (b: Uint8Array) => new Uint32Array(new Uint8Array(b).buffer);
  const offsets = u32(section('normOffsets', 4, n + 1));
  const normBytes = section('norm', 1);
  // Decoded a megabyte per step: the decoder carries a character split between two steps over to the next.
  const decoder = new StringDecoder(header.normEncoding === 'utf16le' ? 'utf16le' : 'utf8');
  const pieces: string[] = [];
  for (let at = 0; at < normBytes.length; at += HASH_STEP) {
    pieces.push(decoder.write(Buffer.from(normBytes.buffer, normBytes.byteOffset + at, Math.min(HASH_STEP, normBytes.length - at))));
    yield;
  }
  pieces.push(decoder.end());
  const joined = pieces.join('');
  if (offsets[0] !== 0 || offsets[n] !== joined.length) return null;
  const norm: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (i % UNIT_STEP === 0) yield;
    if (offsets[i + 1] < offsets[i]) return null;
    norm[i] = joined.slice(offsets[i], offsets[i + 1]);
  }
  const bucketList = u32(section('buckets', 8));
  const counts = new Uint32Array(BUCKETS);
  for (let k = 0; k < bucketList.length; k += 2) {
    if ((k & STEP_MASK) === 0) yield;
    const b = bucketList[k];
    if (b >= BUCKETS || (k > 0 && b <= bucketList[k - 2])) return null;
    counts[b] = bucketList[k + 1];
  }
  const start = new Uint32Array(BUCKETS + 1);
  let total = 0;
  for (let b = 0; b < BUCKETS; b++) {
    start[b] = total;
    total += counts[b];
  }
  start[BUCKETS] = total;
  yield;
  const ids = new Int32Array(total);
  yield;
  const post = section('postings', 1);
  let p = 0;
  const end = post.length;
  for (let k = 0, at = 0, nextStep = 0; k < bucketList.length; k += 2) {
    if ((k & STEP_MASK) === 0 || at >= nextStep) {
      nextStep = at + POSTING_STEP;
      yield;
    }
    let prev = -1;
    for (let c = bucketList[k + 1]; c > 0; c--) {
      if (p >= end) return null;
      let byte = post[p++];
      let d = byte & 0x7f;
      // Most deltas fit one byte; longer ones continue 7 bits at a time (ids < 2^31: at most 5 bytes).
      for (let shift = 7; byte & 0x80; shift += 7) {
        if (p >= end || shift > 28) return null;
        byte = post[p++];
        d += (byte & 0x7f) * 2 ** shift;
      }
      const id = prev + d;
      if (d < 1 || id >= n) return null;
      ids[at++] = prev = id;
    }
  }
  if (p !== post.length) return null;
  return {
    shards: header.shards,
    parts: {
      norm,
      exactHashes: u32(section('exactHashes', 4, n)),
      keyHashes: u32(section('keyHashes', 4, n)),
      trigrams: {
        size: n,
        start,
        ids,
        gramCount: new Uint16Array(new Uint8Array(section('gramCount', 2, n)).buffer),
        textLen: new Int32Array(new Uint8Array(section('textLen', 4, n)).buffer),
      },
    },
  };
}

/**
 * A last check of a decoded file against the units it claims (the hashes already matched): a few sources,
 * spread over the memory, normalise to what the file says. Catches a normaliser change the fingerprint missed.
 */
export function sampleAgrees(parts: IndexParts, unitAt: (i: number) => TmUnit): boolean {
  const n = parts.norm.length;
  for (let k = 0; k < Math.min(n, 64); k++) {
    const i = Math.floor((k * n) / Math.min(n, 64));
    const { source } = unitAt(i);
    const norm = normalise(source);
    if (norm !== parts.norm[i] || norm.length !== parts.trigrams.textLen[i] || keyHash(exactKey(source)) !== parts.exactHashes[i]) return false;
  }
  return true;
}

const align4 = (n: number) => (n + 3) & ~3;
const asBytes = (a: Uint32Array | Uint16Array | Int32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
