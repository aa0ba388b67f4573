// Pre-translate throughput: 200 segments against a 10k-unit TM (50 exact matches) and a loopback LibreTranslate
// server for the rest, with the en pivot column filled — the whole pipeline the app and the CLI run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine, pretranslate } from '../../main/core/mt';
import { TranslationMemory, type TmUnitInput } from '../../main/core/tm';
import { DataStore } from '../../main/core/store/data-store';
import { blankSegment } from '../../main/core/translate/segments';
import type { TranslationProject } from '../../preload/contract/models';
import { startMtServer } from '../unit/mt/mt-server';
import type { BenchFigure } from './types';
import { removeOnExit } from './scratch';

const SUBJ = ['Gubernur', 'Wali kota', 'Menteri', 'Presiden', 'Polisi', 'Warga', 'Pedagang', 'Petani', 'Guru', 'Dokter'];
const VERB = ['meresmikan', 'mengunjungi', 'memeriksa', 'membuka', 'menutup', 'membahas', 'menolak', 'mendukung'];
const OBJ = ['pasar baru', 'jembatan desa', 'sekolah dasar', 'rumah sakit', 'pelabuhan', 'kantor pajak', 'stasiun', 'taman kota'];
const WHEN = ['pada Senin', 'kemarin', 'pagi ini', 'pekan lalu', 'tahun depan', 'sore tadi'];

/** Distinct, news-like Indonesian sentences (deterministic), so fuzzy lookups meet realistic near neighbours. */
function sentence(i: number): string {
  const n = i;
  return `${SUBJ[n % 10]} ${VERB[Math.floor(n / 10) % 8]} ${OBJ[Math.floor(n / 80) % 8]} di kecamatan ${Math.floor(n / 640) + 1} ${WHEN[n % 6]}.`;
}

export async function run(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-bench-pre-'));
  const store = await DataStore.open(dir, { snapshotsKept: 1, snapshotIntervalMs: 3_600_000 });
  const server = await startMtServer();
  try {
    // No index file: its save fires 3 s after the add, inside the timed pre-translation (tm.bench measures saves).
    const tm = new TranslationMemory(store, { persistIndex: false });
    const units: TmUnitInput[] = Array.from({ length: 10_000 }, (_, i) => ({
      source: sentence(i * 7 + 3),
      target: `번역 ${i}`,
      sourceLang: 'id',
      targetLang: 'ko',
    }));
    await tm.add(units);
    await tm.warm({ from: 'id', to: 'ko' });
    // Every 4th segment is a sentence the TM holds exactly; the others are new.
    const segments = Array.from({ length: 200 }, (_, i) => blankSegment(`s${i}`, i % 4 === 0 ? sentence((i / 4) * 7 + 3) : `${sentence(100_000 + i)} Kata ${i}.`));
    const now = new Date().toISOString();
    const project: TranslationProject = { id: 'b', articleId: 'a', sourceLang: 'id', targetLang: 'ko', pivotLang: 'en', createdAt: now, updatedAt: now, segments };
    const lt = createEngine({ id: 'lt', kind: 'libretranslate', label: 'lt', baseUrl: server.baseUrl });

    const t = performance.now();
    const res = await pretranslate(project, { engines: [lt], tm, fuzzyMin: 101 });
    const ms = performance.now() - t;
    const perSecond = (res.done / ms) * 1000;
    const ok = res.done === 200 && res.fromTm === 50 && res.fromMt === 150 && res.pivots === 200;
    return [
      { name: 'mt.pretranslate.tm10k+loopback.200-segments', value: ms, unit: 'ms', target: '< 4000 ms', ok: ok && ms < 4000 },
      { name: 'mt.pretranslate.tm10k+loopback.throughput', value: perSecond, unit: 'segments/s', target: '> 50 segments/s', ok: ok && perSecond > 50 },
    ];
  } finally {
    await server.close();
    await store.close();
    removeOnExit(dir);
  }
}
