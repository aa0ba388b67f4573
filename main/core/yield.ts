// Cooperative yielding for long loops on the thread that answers requests: a turn for the event loop every few ms.

/** Returns a function to call once per iteration; it resolves after a setImmediate turn once `budgetMs` has passed. */
export function yielder(budgetMs = 8): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    const now = performance.now();
    if (now - last < budgetMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        last = performance.now();
        resolve();
      }),
    );
  };
}

/** Work written as a generator that yields at points where a turn for the event loop is safe. */
export type Steps<T> = Generator<void, T, void>;

/** Run stepped work to its end at once (tests, small inputs, worker threads). */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Run stepped work on the thread that answers requests: a setImmediate turn whenever `budgetMs` has passed. */
export async function runSliced<T>(steps: Steps<T>, budgetMs = 8): Promise<T> {
  const pause = yielder(budgetMs);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    const p = pause();
    if (p) await p;
  }
}
