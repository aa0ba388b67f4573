// MtWorkerClient with explicit (built-style .mjs) worker scripts: protocol, crash reporting, cancel of a slow job.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MtWorkerClient } from '../../../main/core/mt';
import { AppError } from '../../../main/core/errors';

const tmp = mkdtempSync(join(tmpdir(), 'redaksi-mtworker-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function script(name: string, body: string): string {
  const p = join(tmp, name);
  writeFileSync(p, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return p;
}

const req = { modelDir: '/m', family: 'marian' as const, dtype: 'fp32' as const, texts: ['a', 'b'] };

describe('MtWorkerClient', () => {
  it('runs a plain ES module worker given by path (the built form) and matches answers by id', async () => {
    const echo = script(
      'echo.mjs',
      `parentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ type: 'result', id: m.id, texts: m.texts.map((t) => t + '!') }), m.texts[0] === 'slow' ? 50 : 0));`,
    );
    const client = new MtWorkerClient({ script: echo });
    expect(client.scriptPath).toBe(echo);
    const [slow, fast] = await Promise.all([
      client.translate({ ...req, texts: ['slow'] }),
      client.translate({ ...req, texts: ['fast'] }),
    ]);
    expect(slow).toEqual(['slow!']);
    expect(fast).toEqual(['fast!']);
    await client.close();
    expect(client.running).toBe(false);
  });

  it('turns error messages into AppErrors', async () => {
    const failing = script(
      'fail.mjs',
      `parentPort.on('message', (m) => parentPort.postMessage({ type: 'error', id: m.id, error: { code: 'mt.model.loadFailed', message: 'boom', params: { path: '/m', reason: 'boom' } } }));`,
    );
    const client = new MtWorkerClient({ script: failing });
    const err = await client.translate(req).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'mt.model.loadFailed', params: { reason: 'boom' } });
    await client.close();
  });

  it('a worker that dies rejects pending work with mt.worker.crashed, and the next call starts a new one', async () => {
    const flag = join(tmp, 'crashed-once');
    const crashy = script(
      'crash.mjs',
      `import { existsSync, writeFileSync } from 'node:fs';
parentPort.on('message', (m) => {
  if (!existsSync(${JSON.stringify(flag)})) { writeFileSync(${JSON.stringify(flag)}, '1'); process.exit(3); }
  parentPort.postMessage({ type: 'result', id: m.id, texts: ['recovered'] });
});`,
    );
    const client = new MtWorkerClient({ script: crashy });
    const err = await client.translate(req).catch((e) => e);
    expect(err).toMatchObject({ code: 'mt.worker.crashed' });
    expect(String(err.params.reason)).toContain('3');
    expect(await client.translate(req)).toEqual(['recovered']);
    await client.close();
  });

  it('abort rejects at once with mt.cancelled while the worker is still busy', async () => {
    const slow = script('slow.mjs', `parentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ type: 'result', id: m.id, texts: m.texts }), 2000));`);
    const client = new MtWorkerClient({ script: slow });
    const ac = new AbortController();
    const t0 = Date.now();
    const p = client.translate(req, ac.signal);
    setTimeout(() => ac.abort(), 50);
    await expect(p).rejects.toMatchObject({ code: 'mt.cancelled' });
    expect(Date.now() - t0).toBeLessThan(1500);
    await client.close();
  });
});
