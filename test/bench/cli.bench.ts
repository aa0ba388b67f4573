// Start-up of the installed CLI: `redaksi list` on an empty data folder (the bundle, plain Node) beside `node -e 0`
// on the same machine, so a loaded machine shows in both figures. Each is the median of 7 runs; the target is their
// ratio (an absolute start-up time moves with the machine's load, the ratio much less).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchFigure } from './types';
import { removeOnExit } from './scratch';

const ROOT = resolve(import.meta.dirname, '../..');

function medianMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: tmpdir(), encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return times.sort((a, b) => a - b)[3];
}

export async function run(): Promise<BenchFigure[]> {
  execFileSync(process.execPath, [join(ROOT, 'tools/build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
  const data = mkdtempSync(join(tmpdir(), 'redaksi-bench-cli-'));
  try {
    const noop = medianMs(['-e', '0']);
    const list = medianMs([join(ROOT, 'out/cli/redaksi.js'), 'list', '--data', data]);
    const ratio = list / noop;
    return [
      { name: 'node.noop', value: noop, unit: 'ms', target: 'reference', ok: true },
      { name: 'cli.list.empty', value: list, unit: 'ms', target: 'reference', ok: true },
      { name: 'cli.list.empty.ratioVsNoop', value: ratio, unit: 'x', target: '< 5 (vs node.noop)', ok: ratio < 5 },
    ];
  } finally {
    removeOnExit(data);
  }
}
