// The longest block of this thread's event loop while some work runs, measured two ways:
//   wall: monitorEventLoopDelay's max (what a waiting request feels; includes waiting for a core on a busy machine);
//   cpu:  this thread's own CPU time (Linux /proc/self/task/<pid>/stat, 10 ms ticks) during the longest stall seen
//         between 2 ms timer turns — the synchronous work (and GC) our code did there, whatever the machine load.
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const STAT = `/proc/self/task/${process.pid}/stat`;
/** utime + stime of the main thread in ms (fields 14 and 15 after the command name; 100 ticks a second). */
function threadCpuMs(): number {
  const s = readFileSync(STAT, 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

export interface Blocks {
  ms: number;
  wallBlock: number;
  cpuBlock: number;
}

export async function measureBlocks(work: () => Promise<unknown>): Promise<Blocks> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  let lastT = performance.now();
  let lastCpu = threadCpuMs();
  let cpuBlock = 0;
  const iv = setInterval(() => {
    const t = performance.now();
    const cpu = threadCpuMs();
    // A turn that came late: how much of the wait was this thread running?
    if (t - lastT > 20) cpuBlock = Math.max(cpuBlock, cpu - lastCpu);
    lastT = t;
    lastCpu = cpu;
  }, 2);
  h.enable();
  const t0 = performance.now();
  try {
    await work();
  } finally {
    clearInterval(iv);
    h.disable();
  }
  return { ms: performance.now() - t0, wallBlock: h.max / 1e6, cpuBlock };
}
