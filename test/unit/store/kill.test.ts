// Kill test: a child saving in a loop is SIGKILLed at random moments; the store must always reopen intact.
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { DataStore } from '../../../main/core/store/data-store';
import { ArticleRepo } from '../../../main/core/articles/repo';
import { tempDir } from './helpers';

const KILLS = 60;

async function allJsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fsp.readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await allJsonFiles(p)));
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out;
}

function runUntilKilled(script: string, dir: string, id: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dir, id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = 0;
    let armed = false;
    let buf = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      for (const m of buf.matchAll(/ACK (\d+)\n/g)) lastAck = Math.max(lastAck, Number(m[1]));
      if (lastAck > 0 && !armed) {
        // Kill only once a save was acknowledged, at a random moment later in the save loop: on a busy
        // machine the first save can take longer than the whole delay, and a kill before it tests nothing.
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
      buf = buf.slice(buf.lastIndexOf('\n') + 1);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(lastAck) : reject(new Error(`child exited: ${stderr}`))));
  });
}

describe('kill test', () => {
  it(`survives ${KILLS} SIGKILLs mid-save: every file parses, the article is the last acknowledged save or newer`, async () => {
    const bundleDir = tempDir('redaksi-kill-bundle-');
    const script = join(bundleDir, 'child.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'kill-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: script,
      packages: 'external',
      absWorkingDir: join(import.meta.dirname, '../../..'),
    });
    // The bundle lives outside the repo: point bare imports (lowdb) at our node_modules.
    await fsp.symlink(join(import.meta.dirname, '../../../node_modules'), join(bundleDir, 'node_modules'));

    const dir = tempDir('redaksi-kill-');
    const setup = await DataStore.open(dir);
    const id = (await new ArticleRepo(setup).create({ title: 'save 0', body: '<p>0</p>' })).id;
    await setup.close();

    let verified = 0;
    let acknowledged = 0;
    for (let k = 0; k < KILLS; k++) {
      const lastAck = await runUntilKilled(script, dir, id, 5 + Math.floor(Math.random() * 120));
      for (const f of await allJsonFiles(dir)) {
        const text = await fsp.readFile(f, 'utf8');
        expect(() => JSON.parse(text), `${relative(dir, f)} parses after kill ${k}`).not.toThrow();
      }
      const store = await DataStore.open(dir);
      const a = await new ArticleRepo(store).get(id);
      const n = Number(/save (\d+)/.exec(a.title)?.[1]);
      expect(n).toBeGreaterThanOrEqual(lastAck);
      expect(a.body.endsWith(`${n}</p>`), 'title and body come from the same save').toBe(true);
      expect(store.recoveries).toEqual([]);
      await store.close();
      if (lastAck > 0) verified++;
      acknowledged = Math.max(acknowledged, lastAck);
    }
    console.log(`kill test: ${KILLS} kills; the last acknowledged save was verified after ${verified} of them (${acknowledged} acknowledged saves in all)`);
    expect(verified).toBe(KILLS);
  }, 180_000);
});
