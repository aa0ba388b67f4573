// Autosave: merges edits into one pending patch, saves ≤ 800 ms after the last change, and never drops a
// patch that failed — it stays pending (and in the editor) until a later save succeeds.
//
// The save state lives outside React state (a small store read with useSaveStatus): the first keystroke after a save
// turns "saved" into "pending", and as React state that re-rendered the whole editor view inside the key event.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface SaveStatus {
  get(): { state: SaveState; error: unknown };
  subscribe(listener: () => void): () => void;
}

/** The save state and error of an autosave, re-rendering only the component that shows them. */
export function useSaveStatus(status: SaveStatus): { state: SaveState; error: unknown } {
  return useSyncExternalStore(status.subscribe, status.get);
}

function saveStatus(): SaveStatus & { set(state: SaveState | ((s: SaveState) => SaveState), error?: unknown): void } {
  let current: { state: SaveState; error: unknown } = { state: 'idle', error: null };
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(next, error = current.error) {
      const state = typeof next === 'function' ? next(current.state) : next;
      if (state === current.state && error === current.error) return;
      current = { state, error };
      for (const l of listeners) l();
    },
  };
}

export function useAutosave<P extends object>(save: (patch: P) => Promise<void>, delayMs = 800) {
  const [status] = useState(saveStatus);
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
    status.set('saving');
    const run = saveRef
      .current(patch)
      .then(() => {
        status.set(pending.current ? 'pending' : 'saved', null);
      })
      .catch((err) => {
        // Put the failed patch back under any newer edits so nothing typed is lost.
        pending.current = { ...patch, ...(pending.current ?? {}) } as P;
        status.set('failed', err);
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = run;
    await run;
  }, [status]);

  const change = useCallback(
    (patch: Partial<P>) => {
      pending.current = { ...(pending.current ?? {}), ...patch } as P;
      status.set((s) => (s === 'failed' ? 'failed' : 'pending'));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, status],
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

  return { status: status as SaveStatus, change, flush, hasPending: () => !!pending.current };
}
