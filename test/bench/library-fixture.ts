// Bench fixture: data folders of generated drafts in the store's own format, written directly (the setup is not what
// the library bench measures), in this thread or in a worker thread while the bench does other unmeasured setup.
import { linkSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { contentHash, summarise } from '../../main/core/articles/repo';
import { SEARCH_DIR, shardOf, type StoredText } from '../../main/core/articles/search-store';
import { htmlToPlainText } from '../../main/core/articles/text';
import { startWorker } from '../../main/core/pool/start';
import type { Article, ArticleSummary } from '../../preload/contract/common';

const WORDS = 'pemerintah provinsi jawa tengah memperkuat kerja sama ekonomi kreatif dengan korea selatan warga kota banjir anggaran sekolah rumah sakit pasar petani nelayan pelabuhan jalan tol kereta api bandara'.split(' ');

/**
 * Data folders of `counts` drafts in the store's own format, written directly: articles, library.json with marks,
 * search shards. Draft i is the same in every folder, so it is generated once: written into the largest folder and
 * hard-linked into the others (a link has the file's own time, as the marks record).
 */
export function librariesOf(counts: number[]): string[] {
  const max = Math.max(0, ...counts);
  const folders = counts.map((count) => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-bench-lib-'));
    mkdirSync(join(dir, 'articles'));
    return { dir, count, articles: {} as Record<string, ArticleSummary>, files: {} as Record<string, { size: number; mtimeMs: number; hash: string }>, shards: new Map<number, Record<string, StoredText>>() };
  });
  const largest = folders.find((f) => f.count === max);
  const t0 = Date.UTC(2025, 0, 1);
  for (let i = 0; i < max; i++) {
    const paras: string[] = [];
    for (let p = 0; p < 8; p++) paras.push(`<p>${Array.from({ length: 50 }, (_, j) => WORDS[(i * 7 + p * 13 + j * (1 + (i % 5))) % WORDS.length]).join(' ')} ${i}.</p>`);
    const at = new Date(t0 + i * 60_000).toISOString();
    const id = `b${String(i).padStart(6, '0')}${(i * 2654435761 >>> 0).toString(16)}`;
    const a: Article = { id, title: `Berita ${i}: ${WORDS[i % WORDS.length]}`, lang: 'id', status: 'draft', dateline: { outlet: 'MONITOR', place: 'Semarang' }, byline: '', body: paras.join(''), createdAt: at, updatedAt: at, deletedAt: null, rev: 1 };
    const text = JSON.stringify({ schema: 1, article: a });
    const summary = summarise(a);
    const stored: StoredText = { hash: contentHash(text), title: a.title, text: htmlToPlainText(a.body) };
    const k = shardOf(id);
    const into = folders.filter((f) => i < f.count);
    for (const f of into) {
      f.articles[id] = summary;
      if (!f.shards.has(k)) f.shards.set(k, {});
      f.shards.get(k)![id] = stored;
    }
    const file = join(largest!.dir, 'articles', `${id}.json`);
    writeFileSync(file, text);
    for (const f of into) if (f !== largest) linkSync(file, join(f.dir, 'articles', `${id}.json`));
    const st = statSync(file);
    for (const f of into) f.files[id] = { size: st.size, mtimeMs: st.mtimeMs, hash: stored.hash };
  }
  for (const f of folders) {
    writeFileSync(join(f.dir, 'library.json'), JSON.stringify({ schema: 1, articles: f.articles, files: f.files }));
    mkdirSync(join(f.dir, SEARCH_DIR));
    for (const [k, entries] of f.shards) writeFileSync(join(f.dir, SEARCH_DIR, `${String(k).padStart(2, '0')}.json`), JSON.stringify({ schema: 1, entries }));
  }
  return folders.map((f) => f.dir);
}

/** librariesOf() in a worker thread: this thread stays free (its event loop answers while the folders are written). */
export function librariesInWorker(counts: number[]): Promise<string[]> {
  const worker = startWorker(new URL(import.meta.url), { libraryFixture: counts });
  return new Promise((resolve, reject) => {
    worker.once('message', (dirs: string[]) => resolve(dirs));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the library fixture worker exited (${code}) without its folders`)));
  });
}

const job = (workerData as { libraryFixture?: number[] } | null)?.libraryFixture;
if (!isMainThread && job) parentPort!.postMessage(librariesOf(job));
