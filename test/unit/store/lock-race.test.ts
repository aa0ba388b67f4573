// Lock race: 6 processes ask for the same data folder at the same moment, 50 rounds; never two holders.
import { describe, it, expect } from 'vitest';
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const PROCS = 6;
const ROUNDS = 50;

function next(child: ChildProcess): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const onMsg = (m: Record<string, unknown>) => {
      child.off('exit', onExit);
      resolve(m);
    };
    const onExit = (code: number) => reject(new Error(`lock child exited ${code}`));
    child.once('message', onMsg);
    child.once('exit', onExit);
  });
}

describe('data-folder lock', () => {
  it(`${PROCS} processes × ${ROUNDS} rounds (half starting from a stale lock): exactly one holder each round`, async () => {
    const work = mkdtempSync(join(tmpdir(), 'redaksi-lock-'));
    const script = join(work, 'lock-child.cjs');
    await build({ entryPoints: [join(import.meta.dirname, 'lock-child.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: script, logLevel: 'silent' });
    const kids = Array.from({ length: PROCS }, () => fork(script, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
    try {
      await Promise.all(kids.map(next));
      const holders: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const dir = mkdtempSync(join(work, `r${round}-`));
        // Odd rounds: a lock left by a dead process, so every child races to take it over at once.
        if (round % 2) writeFileSync(join(dir, '.redaksi.lock'), JSON.stringify({ pid: 999_999_999, host: hostname(), start: '1', at: '' }));
        const answers = kids.map(next);
        for (const k of kids) k.send({ cmd: 'go', dir });
        const got = await Promise.all(answers);
        const n = got.filter((g) => g.held).length;
        const others = got.filter((g) => !g.held).map((g) => g.code);
        expect(others.every((c) => c === 'store.locked'), `round ${round}: ${others.join(',')}`).toBe(true);
        holders.push(n);
        const released = kids.map(next);
        for (const k of kids) k.send({ cmd: 'release' });
        await Promise.all(released);
      }
      expect(holders).toEqual(Array(ROUNDS).fill(1));
    } finally {
      for (const k of kids) k.kill();
    }
  });
});
