// The import pool: jobs run in worker threads and give the same results as in-thread, big results arrive in slices,
// a cancelled job stops (its thread ends) and the pool goes on; built bundles find their worker beside them.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkerPool } from '../../../main/core/pool';
import { workerScript } from '../../../main/core/pool/start';
import { importFile } from '../../../main/core/import';
import { buildTmx } from '../../../main/core/tm/tmx';
import type { TmUnit } from '../../../main/core/tm/types';
import { REPO, SAMPLE_ARTICLE } from '../helpers/paths';
import { readFileSync } from 'node:fs';

const pool = new WorkerPool({ size: 2 });
beforeAll(() => pool.warm(), 120_000);
afterAll(() => pool.close());

describe('import pool', () => {
  it('imports a file in a worker exactly as in this thread', async () => {
    const bytes = readFileSync(SAMPLE_ARTICLE);
    const here = await importFile('sample.txt', bytes);
    const there = await pool.run('import.file', ['sample.txt', bytes.toString('base64'), {}]);
    expect(there).toEqual(here);
    expect(there.body).toContain('Ganjar');
  });

  it('gives an AppError back with its code and params (a .docx that is not a zip)', async () => {
    await expect(pool.run('import.file', ['x.docx', Buffer.from('nope').toString('base64'), {}])).rejects.toMatchObject({
      name: 'AppError',
      code: 'import.docxNotZip',
    });
  });

  it('streams a big result in slices, complete and in order', async () => {
    const units: TmUnit[] = Array.from({ length: 2345 }, (_, i) => ({
      id: `u${i}`,
      source: `Kalimat nomor ${i}.`,
      target: `문장 ${i}.`,
      sourceLang: 'id',
      targetLang: 'ko',
      createdAt: '20250101T000000Z',
      changedAt: '20250101T000000Z',
    }));
    const tmx = buildTmx(units, { sourceLang: 'id' });
    const r = await pool.run('tm.parseTmx', [Buffer.from(tmx).toString('base64')]);
    expect(r.units.length).toBe(2345);
    expect(r.units.map((u) => u.source)).toEqual(units.map((u) => u.source));
    expect(r.skipped).toBe(0);
  });

  it('cancels a running job: it rejects as import.cancelled at once, and the next job still runs', async () => {
    const html = '<p>Paragraf <strong>tebal</strong> dan <em>miring</em> di Jakarta.</p>'.repeat(60_000); // ~4 MB
    const ac = new AbortController();
    const running = pool.run('html.sanitise', [html], { signal: ac.signal });
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    ac.abort();
    await expect(running).rejects.toMatchObject({ code: 'import.cancelled' });
    expect(performance.now() - t0).toBeLessThan(1000); // not after the sanitiser finished
    expect(await pool.run('html.sanitise', ['<p>lagi <script>x</script></p>'])).toBe('<p>lagi </p>');
  }, 60_000);

  it('refuses a job whose signal is already aborted without starting it', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(pool.run('html.sanitise', ['<p>x</p>'], { signal: ac.signal })).rejects.toMatchObject({ code: 'import.cancelled' });
  });
});

describe('worker scripts in a build', () => {
  it('are found beside the bundle entry, also from code split into chunks/', () => {
    expect(workerScript('file:///app/out/main/index.js', 'worker.ts', 'pool-worker.js').pathname).toBe('/app/out/main/pool-worker.js');
    expect(workerScript('file:///app/out/cli/chunks/chunk-AB12.js', 'worker.ts', 'mt-worker.js').pathname).toBe('/app/out/cli/mt-worker.js');
    expect(workerScript('file:///repo/main/core/pool/pool.ts', 'worker.ts', 'pool-worker.js').pathname).toBe('/repo/main/core/pool/worker.ts');
  });

  it('the bundled pool worker (tools/build-cli.mjs) runs under plain Node', async () => {
    execFileSync(process.execPath, [join(REPO, 'tools/build-cli.mjs')], { cwd: REPO, stdio: 'pipe' });
    const built = new WorkerPool({ size: 1, script: pathToFileURL(join(REPO, 'out/cli/pool-worker.js')) });
    try {
      expect(await built.run('html.sanitise', ['<p onclick="x()">a<img src=x onerror=alert(1)></p>'])).toBe('<p>a</p>');
    } finally {
      await built.close();
    }
  }, 120_000);
});
