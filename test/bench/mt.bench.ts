// MT figures: worker cold start on the tiny Marian model, warm batches, pivot pre-translation, loopback server overhead.
//
// The tiny model measures our plumbing (worker, tokenizer, ONNX sessions, generation loop), not a real model's
// speed: a real Opus-MT model is ~300 MB and costs ~50–200 ms per sentence on a laptop CPU.
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { checkModelFolder, createEngine, MtWorkerClient, pretranslate } from '../../main/core/mt';
import { blankSegment } from '../../main/core/translate/segments';
import type { Segment, TranslationProject } from '../../preload/contract/models';
import { startMtServer } from '../unit/mt/mt-server';
import type { BenchFigure } from './types';
import { percentile, timeRuns } from './stats';

const FIX = resolve(import.meta.dirname, '../fixtures/tiny-marian');

function project(n: number): TranslationProject {
  const words = ['Presiden berkata, rakyat senang hari ini.', 'Saya makan nasi di Jakarta.'];
  const segments: Segment[] = Array.from({ length: n }, (_, i) => blankSegment(`s${i}`, words[i % 2]));
  const now = new Date().toISOString();
  return { id: 'b', articleId: 'a', sourceLang: 'id', targetLang: 'ko', pivotLang: 'en', createdAt: now, updatedAt: now, segments };
}

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const check = await timeRuns(20, () => checkModelFolder(join(FIX, 'id-en')));
  const checkP95 = percentile(check, 95);
  figures.push({ name: 'mt.checkModelFolder.p95', value: checkP95, unit: 'ms', target: '< 20 ms', ok: checkP95 < 20 });

  const worker = new MtWorkerClient();
  try {
    const idEn = createEngine({ id: 'id-en', kind: 'marian-local', label: 'id-en', path: join(FIX, 'id-en'), from: 'id', to: 'en' }, { worker });
    const enKo = createEngine({ id: 'en-ko', kind: 'marian-local', label: 'en-ko', path: join(FIX, 'en-ko'), from: 'en', to: 'ko' }, { worker });

    let t = performance.now();
    await idEn.translate(['Saya makan nasi.'], { from: 'id', to: 'en' });
    const cold = performance.now() - t;
    figures.push({ name: 'mt.local.cold-start', value: cold, unit: 'ms', target: '< 5000 ms', ok: cold < 5000 });

    const batch = Array.from({ length: 16 }, (_, i) => (i % 2 ? 'Presiden berkata, rakyat senang hari ini.' : 'Saya makan nasi.'));
    const warm = await timeRuns(10, () => idEn.translate(batch, { from: 'id', to: 'en' }));
    const warmP95 = percentile(warm, 95);
    figures.push({ name: 'mt.local.batch16.p95', value: warmP95, unit: 'ms', target: '< 300 ms', ok: warmP95 < 300 });

    t = performance.now();
    const res = await pretranslate(project(200), { engines: [idEn, enKo], batchSize: 16 });
    const pivot = performance.now() - t;
    const ok = res.done === 200 && res.route.join('>') === 'id>en>ko';
    figures.push({ name: 'mt.pretranslate.pivot.200-segments', value: pivot, unit: 'ms', target: '< 8000 ms', ok: ok && pivot < 8000 });
  } finally {
    await worker.close();
  }

  const server = await startMtServer();
  try {
    const lt = createEngine({ id: 'lt', kind: 'libretranslate', label: 'lt', baseUrl: server.baseUrl });
    const oa = createEngine({ id: 'oa', kind: 'openai', label: 'oa', baseUrl: server.baseUrl, model: 'm' });
    const ltRuns = await timeRuns(30, () => lt.translate(['Presiden berkata.', 'Saya makan nasi.'], { from: 'id', to: 'ko' }));
    const oaRuns = await timeRuns(30, () => oa.translate(['Presiden berkata.'], { from: 'id', to: 'ko' }));
    const ltP95 = percentile(ltRuns, 95);
    const oaP95 = percentile(oaRuns, 95);
    figures.push({ name: 'mt.libretranslate.loopback-roundtrip.p95', value: ltP95, unit: 'ms', target: '< 50 ms', ok: ltP95 < 50 });
    figures.push({ name: 'mt.openai.loopback-roundtrip.p95', value: oaP95, unit: 'ms', target: '< 50 ms', ok: oaP95 < 50 });
  } finally {
    await server.close();
  }
  return figures;
}
