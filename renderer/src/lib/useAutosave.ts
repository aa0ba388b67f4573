// Autosave: merges edits into one pending patch, saves ≤ 800 ms after the last change, and never drops a
// patch that failed — it stays pending (and in the editor) until a later save succeeds.
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export function useAutosave<P extends object>(save: (patch: P) => Promise<void>, delayMs = 800) {
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const pending = useRef<P | null>(null);
  const timer = useRef<number | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) await inFlight.current;
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    setState('saving');
    const run = saveRef
      .current(patch)
      .then(() => {
        setError(null);
        setState(pending.current ? 'pending' : 'saved');
      })
      .catch((err) => {
        // Put the failed patch back under any newer edits so nothing typed is lost.
        pending.current = { ...patch, ...(pending.current ?? {}) } as P;
        setError(err);
        setState('failed');
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = run;
    await run;
  }, []);

  const change = useCallback(
    (patch: Partial<P>) => {
      pending.current = { ...(pending.current ?? {}), ...patch } as P;
      setState((s) => (s === 'failed' ? 'failed' : 'pending'));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    // Closing the window or reloading flushes the pending save first.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!pending.current && !inFlight.current) return;
      e.preventDefault();
      e.returnValue = '';
      void flush().then(() => {
        if (!pending.current) window.close();
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      void flush();
    };
  }, [flush]);

  return { state, error, change, flush, hasPending: () => !!pending.current };
}
