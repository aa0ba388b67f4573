// The longest block of this thread's event loop while some work runs, and what it was made of:
//   wall: monitorEventLoopDelay's max (what a waiting request feels, whatever the cause);
//   cpu:  of the stalls seen between 2 ms timer turns, the most time this thread spent running on a core in one of
//         them — the synchronous work (and GC) our code did there;
//   wait: in the longest stall, the time this thread was ready to run but waited for a core (the scheduler's share:
//         on a shared 2-core machine at load 10 it turns a 20 ms block into 100+ ms of wall clock);
//   other: the rest of the longest stall, this thread neither running nor runnable (sleeping in a synchronous call).
// Linux /proc/self/task/<tid>/schedstat gives the thread's run time and run-queue wait in nanoseconds.
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
/** [ms on a core, ms waiting for one] of the main thread so far. */
function sched(): [number, number] {
  const [run, wait] = readFileSync(SCHEDSTAT, 'utf8').split(' ').map(Number);
  return [run / 1e6, wait / 1e6];
}

export interface Blocks {
  ms: number;
  wallBlock: number;
  cpuBlock: number;
  /** The longest stall the 2 ms timer saw, split into running, waiting for a core, and neither. */
  longest: { wall: number; cpu: number; wait: number; other: number };
}

export async function measureBlocks(work: () => Promise<unknown>): Promise<Blocks> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  let lastT = performance.now();
  let [lastRun, lastWait] = sched();
  let cpuBlock = 0;
  const longest = { wall: 0, cpu: 0, wait: 0, other: 0 };
  const tick = () => {
    const t = performance.now();
    const [run, wait] = sched();
    const gap = t - lastT;
    // A turn that came late: how much of the wait was this thread running, and how much waiting for a core?
    if (gap > 20) {
      const cpu = run - lastRun;
      cpuBlock = Math.max(cpuBlock, cpu);
      if (gap > longest.wall) {
        const w = wait - lastWait;
        Object.assign(longest, { wall: gap, cpu, wait: w, other: Math.max(0, gap - cpu - w) });
      }
    }
    lastT = t;
    lastRun = run;
    lastWait = wait;
  };
  const iv = setInterval(tick, 2);
  h.enable();
  const t0 = performance.now();
  try {
    await work();
  } finally {
    // The stretch since the last turn counts too: work that ends in a synchronous block (a load whose last step
    // decodes a file, then resolves through microtasks) would otherwise finish before any timer saw it.
    tick();
    clearInterval(iv);
    h.disable();
  }
  return { ms: performance.now() - t0, wallBlock: h.max / 1e6, cpuBlock, longest };
}

/** The longest stall of this thread's event loop over `ms` of doing nothing (the machine's own share). */
export async function idleBlock(ms = 2000): Promise<number> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  await new Promise((r) => setTimeout(r, ms));
  h.disable();
  return h.max / 1e6;
}
