// Benchmarks for the library: searching 2,000 drafts, and opening a 10,000-word article from the data folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchFigure } from './types';
import { removeOnExit } from './scratch';
import type { Article } from '../../preload/contract/common';
import { SearchIndex } from '../../main/core/articles/search';
import { DataStore } from '../../main/core/store/data-store';
import { ArticleRepo } from '../../main/core/articles/repo';
import { htmlToPlainText } from '../../main/core/articles/text';
import { countText } from '../../main/core/articles/counts';

const ID = 'gubernur jawa tengah ganjar pranowo memperkuat kerjasama ekonomi kreatif korea selatan industri teknologi tinggi momentum produk sentuhan desain otomotif usaha kecil mikro standar kualitas negara belajar dagang provinsi kembar'.split(' ');
const EN = 'the minister said plan ready budget election parliament river flood harbour market prices résumé café naïve coffee growers export policy'.split(' ');
const KO = '정부는 오늘 새로운 정책을 발표했다 대한민국 국회 경제 협력 인도네시아 자카르타 수도 이전 계획 기자 회견'.split(' ');

/** Deterministic pseudo-random numbers so every run measures the same corpus. */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

function paragraphs(words: string[], n: number, rand: () => number): string {
  const out: string[] = [];
  for (let p = 0; p < n; p += 60) {
    const w = Array.from({ length: Math.min(60, n - p) }, () => words[Math.floor(rand() * words.length)]);
    out.push(`<p>${w.join(' ')}.</p>`);
  }
  return out.join('');
}

function corpus(count: number): Article[] {
  const rand = rng(42);
  const langs = ['id', 'en', 'ko'] as const;
  return Array.from({ length: count }, (_, i) => {
    const lang = langs[i % 3];
    const words = lang === 'id' ? ID : lang === 'en' ? EN : KO;
    return {
      id: `a${i}`,
      title: `${words[i % words.length]} ${words[(i * 7) % words.length]} ${i}`,
      lang,
      status: (['draft', 'editing', 'ready'] as const)[i % 3],
      dateline: { outlet: '', place: '' },
      byline: '',
      body: paragraphs(words, 400 + Math.floor(rand() * 400), rand),
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
      deletedAt: i % 50 === 0 ? '2024-02-01T00:00:00.000Z' : null,
      rev: 1,
    };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function benchSearch(): BenchFigure {
  const idx = SearchIndex.fromArticles(corpus(2000));
  const queries = ['ganjar', 'ekonomi kreatif', '"kualitas negara"', 'cafe resume', '정부', '수도 이전', 'zzz', 'the'];
  let worst = 0;
  for (const q of queries) {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      idx.search({ q, sort: i % 2 ? 'title' : 'relevance', limit: 50 });
      times.push(performance.now() - t);
    }
    worst = Math.max(worst, median(times));
  }
  const value = Math.round(worst * 100) / 100;
  return { name: 'library.search2000', value, unit: 'ms', target: '< 50 ms', ok: value < 50 };
}

async function benchOpen(): Promise<BenchFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-bench-'));
  try {
    const rand = rng(7);
    const body = paragraphs(ID, 10_000, rand);
    const writer = await DataStore.open(dir);
    const { id } = await new ArticleRepo(writer).create({ title: 'Sepuluh ribu kata', body });
    await writer.close();
    const times: number[] = [];
    let words = 0;
    for (let i = 0; i < 5; i++) {
      // A fresh store each time: nothing cached, the file is read and parsed from disk.
      const store = await DataStore.open(dir, { readOnly: true });
      const t = performance.now();
      const a = await new ArticleRepo(store).get(id);
      words = countText(htmlToPlainText(a.body), a.lang).words;
      times.push(performance.now() - t);
      await store.close();
    }
    if (words !== 10_000) throw new Error(`expected 10,000 words, counted ${words}`);
    const value = Math.round(median(times) * 100) / 100;
    return { name: 'articles.open10k', value, unit: 'ms', target: '< 300 ms', ok: value < 300 };
  } finally {
    removeOnExit(dir);
  }
}

export async function run(): Promise<BenchFigure[]> {
  return [benchSearch(), await benchOpen()];
}
