// The real transformers.js pipeline on the tiny Marian models, run in the worker thread.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEngine, MtWorkerClient, translateWithRoute, type MtEngine } from '../../../main/core/mt';
import { AppError } from '../../../main/core/errors';

const FIXTURES = resolve(__dirname, '../../fixtures/tiny-marian');
const worker = new MtWorkerClient();
const idEn = createEngine({ id: 'opus-id-en', kind: 'marian-local', label: 'Opus id→en', path: join(FIXTURES, 'id-en'), from: 'id', to: 'en' }, { worker });
const enKo = createEngine({ id: 'opus-en-ko', kind: 'marian-local', label: 'Opus en→ko', path: join(FIXTURES, 'en-ko'), from: 'en', to: 'ko' }, { worker });
const tmp = mkdtempSync(join(tmpdir(), 'redaksi-mt-'));

afterAll(async () => {
  await worker.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('local Marian model in a worker thread', () => {
  it('the default worker script is worker.ts when running from source', () => {
    expect(worker.scriptPath).toBe(resolve(__dirname, '../../../main/core/mt/worker.ts'));
  });

  it('translates through the real pipeline, deterministically, off the main thread', async () => {
    const texts = ['Saya makan nasi.', 'Presiden berkata, rakyat senang hari ini.', '', 'Jakarta'];
    const first = await idEn.translate(texts, { from: 'id', to: 'en' });
    expect(first).toEqual(['i eat rice.', 'president said, people happy day this.', '', 'jakarta']);
    expect(worker.running).toBe(true);
    const again = await idEn.translate(texts, { from: 'id', to: 'en' });
    expect(again).toEqual(first);
  });

  it('a batch larger than one worker call keeps order', async () => {
    const texts = Array.from({ length: 20 }, (_, i) => (i % 2 ? 'saya makan' : 'rakyat senang'));
    const out = await idEn.translate(texts, { from: 'id', to: 'en' });
    expect(out).toEqual(texts.map((_, i) => (i % 2 ? 'i eat' : 'people happy')));
  });

  it('pivots id → en → ko over two local models', async () => {
    const res = await translateWithRoute(['Saya makan nasi.'], { from: 'id', to: 'ko' }, [enKo, idEn]);
    expect(res.route).toEqual(['id', 'en', 'ko']);
    expect(res.engines).toEqual(['opus-id-en', 'opus-en-ko']);
    expect(res.pivotTexts).toEqual(['i eat rice.']);
    expect(res.texts).toEqual(['나는 먹는다 밥.']);
  });

  it('refuses a direction the model does not serve', async () => {
    const err = await errorOf(idEn.translate(['halo'], { from: 'en', to: 'id' }));
    expect(err.code).toBe('mt.pairUnsupported');
  });

  it('an already aborted signal rejects with mt.cancelled', async () => {
    const ac = new AbortController();
    ac.abort();
    const err = await errorOf(idEn.translate(['saya'], { from: 'id', to: 'en', signal: ac.signal }));
    expect(err.code).toBe('mt.cancelled');
  });

  it('a folder with missing files is reported before the worker is asked', async () => {
    const dir = join(tmp, 'broken');
    cpSync(join(FIXTURES, 'id-en'), dir, { recursive: true });
    rmSync(join(dir, 'tokenizer.json'));
    const engine: MtEngine = createEngine({ id: 'b', kind: 'marian-local', label: 'B', path: dir, from: 'id', to: 'en' }, { worker });
    const err = await errorOf(engine.translate(['saya'], { from: 'id', to: 'en' }));
    expect(err.code).toBe('mt.model.missingFile');
    expect(err.params.file).toBe('tokenizer.json');
  });

  it('a corrupt ONNX file fails with mt.model.loadFailed and the worker keeps serving', async () => {
    const dir = join(tmp, 'corrupt');
    cpSync(join(FIXTURES, 'id-en'), dir, { recursive: true });
    writeFileSync(join(dir, 'onnx', 'encoder_model.onnx'), 'not a protobuf');
    const engine = createEngine({ id: 'c', kind: 'marian-local', label: 'C', path: dir, from: 'id', to: 'en' }, { worker });
    const err = await errorOf(engine.translate(['saya'], { from: 'id', to: 'en' }));
    expect(err.code).toBe('mt.model.loadFailed');
    expect(await idEn.translate(['saya'], { from: 'id', to: 'en' })).toEqual(['i']);
  });

  it('an engine without an injected worker owns one and close() ends it', async () => {
    const own = createEngine({ id: 'o', kind: 'marian-local', label: 'O', path: join(FIXTURES, 'en-ko'), from: 'en', to: 'ko' });
    expect(await own.translate(['president said.'], { from: 'en', to: 'ko' })).toEqual(['대통령 말했다.']);
    await own.close();
    // It restarts lazily after close.
    expect(await own.translate(['happy people'], { from: 'en', to: 'ko' })).toEqual(['행복하다 국민']);
    await own.close();
  });
});
