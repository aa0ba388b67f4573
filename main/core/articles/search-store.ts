// The persisted search text beside library.json: shards of {id: {hash, title, text}}, each entry valid only while
// its hash equals the article file's content hash recorded in library.json. A cache: unreadable shards are rebuilt.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { atomicWriteFile } from '../store/atomic-write';
import { parseOrNull } from '../store/snapshots';

export const SEARCH_DIR = 'library-search';
const SHARDS = 32;

export interface StoredText {
  /** Content hash of the article file this text was taken from. */
  hash: string;
  title: string;
  /** The body as plain text (htmlToPlainText). */
  text: string;
}

/** Which shard an id lives in: a small string hash, stable across runs and platforms. */
export function shardOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % SHARDS;
}

const isText = (v: unknown): v is StoredText =>
  typeof v === 'object' && v !== null && typeof (v as StoredText).hash === 'string' && typeof (v as StoredText).title === 'string' && typeof (v as StoredText).text === 'string';

export class SearchStore {
  private shards: Map<string, StoredText>[] = [];
  private dirty = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly readOnly: boolean,
    private readonly flushMs = 2_000,
  ) {}

  /** Reads every shard; a missing, torn or wrong-shape shard counts as empty (its entries are rebuilt and rewritten). */
  async load(): Promise<Map<string, StoredText>> {
    const all = new Map<string, StoredText>();
    this.shards = await Promise.all(
      Array.from({ length: SHARDS }, async (_, k) => {
        const shard = new Map<string, StoredText>();
        const text = await fsp.readFile(this.file(k), 'utf8').catch(() => null);
        const doc = text === null ? null : parseOrNull(text);
        const entries = (doc as { schema?: unknown; entries?: unknown } | null)?.entries;
        if (!doc || (doc as { schema?: unknown }).schema !== 1 || typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
          if (text !== null) this.dirty.add(k); // damaged: written again from what the articles hold
          return shard;
        }
        for (const [id, e] of Object.entries(entries as Record<string, unknown>)) {
          if (isText(e) && shardOf(id) === k) shard.set(id, e);
          else this.dirty.add(k);
        }
        return shard;
      }),
    );
    for (const s of this.shards) for (const [id, e] of s) all.set(id, e);
    return all;
  }

  put(id: string, entry: StoredText): void {
    const k = shardOf(id);
    this.shards[k]?.set(id, entry);
    this.touch(k);
  }

  drop(id: string): void {
    const k = shardOf(id);
    if (this.shards[k]?.delete(id)) this.touch(k);
  }

  private touch(k: number): void {
    if (!this.shards.length) return; // not loaded: entries are validated by hash when it is
    this.dirty.add(k);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush().catch(() => {}), this.flushMs);
    this.timer.unref?.();
  }

  /** Writes the changed shards atomically (one writer at a time); a lost write only costs a rebuild of those entries. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const run = this.writing.then(async () => {
      if (this.readOnly || !this.shards.length) return;
      const ks = [...this.dirty];
      this.dirty.clear();
      if (!ks.length) return;
      await fsp.mkdir(this.dir, { recursive: true });
      for (const k of ks) {
        const entries = Object.fromEntries(this.shards[k]);
        try {
          await atomicWriteFile(this.file(k), JSON.stringify({ schema: 1, entries }));
        } catch (err) {
          this.dirty.add(k);
          throw err;
        }
      }
    });
    this.writing = run.catch(() => {});
    return run;
  }

  private file(k: number): string {
    return join(this.dir, `${String(k).padStart(2, '0')}.json`);
  }
}
