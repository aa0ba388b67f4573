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
