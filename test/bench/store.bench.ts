// Store figures: durable save latency of a 10,000-word article, and with 10 vs 10,000 articles in the library.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DataStore } from '../../main/core/store/data-store';
import { ArticleRepo, newId, summarise } from '../../main/core/articles/repo';
import type { Article } from '../../preload/contract/common';
import type { BenchFigure } from './types';
import { percentile, timeRuns } from './stats';
import { removeOnExit } from './scratch';

const WORDS = 'pemerintah provinsi jawa tengah memperkuat kerja sama ekonomi kreatif dengan korea selatan'.split(' ');

export function article(words: number, seed = 0): Article {
  const paras: string[] = [];
  for (let i = 0; i < words; i += 50) {
    paras.push(`<p>${Array.from({ length: 50 }, (_, j) => WORDS[(i + j + seed) % WORDS.length]).join(' ')}.</p>`);
  }
  const now = new Date().toISOString();
  return { id: newId(), title: `Artikel ${seed}`, lang: 'id', status: 'draft', dateline: { outlet: '', place: '' }, byline: '', body: paras.join(''), createdAt: now, updatedAt: now, deletedAt: null, rev: 1 };
}

/** A data folder holding `count` articles, written directly (the setup is not what we measure). */
function libraryOf(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-bench-'));
  mkdirSync(join(dir, 'articles'));
  const index: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const a = article(600, i);
    writeFileSync(join(dir, 'articles', `${a.id}.json`), JSON.stringify({ schema: 1, article: a }));
    index[a.id] = summarise(a);
  }
  writeFileSync(join(dir, 'library.json'), JSON.stringify({ schema: 1, articles: index }));
  // Flush the setup's dirty pages now, or the first fsyncs we measure would pay for them.
  execFileSync('sync');
  return dir;
}

/** Median ms of a durable save in a fresh data folder holding `count` articles (removed afterwards). */
async function saveLatency(count: number, words: number, runs: number): Promise<number> {
  const dir = libraryOf(count);
  try {
    const store = await DataStore.open(dir);
    const repo = new ArticleRepo(store);
    await repo.list();
    const a = await repo.create({ title: 'bench', body: article(words).body });
    const samples = await timeRuns(runs, (i) => repo.save(a.id, { body: a.body + `<p>${i}</p>` }));
    await store.close();
    return percentile(samples, 50);
  } finally {
    removeOnExit(dir);
  }
}

export async function run(): Promise<BenchFigure[]> {
  const big = await saveLatency(0, 10_000, 40);
  const small = await saveLatency(10, 600, 60);
  const large = await saveLatency(10_000, 600, 60);
  const ratio = large / small;
  return [
    { name: 'store.save10kWords.median', value: big, unit: 'ms', target: '< 50 ms', ok: big < 50 },
    { name: 'store.save.lib10.median', value: small, unit: 'ms', target: 'reference', ok: true },
    { name: 'store.save.lib10000.median', value: large, unit: 'ms', target: 'reference', ok: true },
    { name: 'store.save.ratio10000vs10', value: ratio, unit: 'x', target: '< 1.5', ok: ratio < 1.5 },
  ];
}
