// The translation grid's autosave: edits wait in a queue per segment, are saved 600 ms after the last one (or at
// once on flush), one call after another, and never drop: a failed save puts the edits back under newer ones.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SegmentUpdate } from '../../../../preload/contract/translate';
import type { SaveState } from '../../lib/useAutosave';
import { translateCalls } from './useTranslate';

export interface Pending {
  target?: string;
  origin?: 'human' | 'tm' | 'mt';
  /** For an inserted suggestion: the source hash it was bound to (the server refuses it for another source). */
  sourceHash?: string;
  pivot?: string;
}
const SAVE_DELAY_MS = 600;

/**
 * The queue (`pending`, by segment id), the chain every save and confirm runs on, and the visible save state.
 * `applyUpdate` takes each answer from main.
 */
export function useSegmentSaves(projectId: string, applyUpdate: (u: SegmentUpdate) => void) {
  const pending = useRef(new Map<string, Pending>());
  const timer = useRef<number | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<unknown>(null);

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    chain.current = chain.current.then(async () => {
      const entries = [...pending.current.entries()];
      if (!entries.length) return;
      pending.current.clear();
      setSaveState('saving');
      let i = 0;
      try {
        for (; i < entries.length; i++) {
          const [segId, e] = entries[i];
          if (e.target !== undefined) {
            const hash = e.origin !== 'human' && e.sourceHash ? { sourceHash: e.sourceHash } : {};
            applyUpdate(await translateCalls.setTarget({ projectId, segId, text: e.target, origin: e.origin ?? 'human', ...hash }));
            delete e.target;
          }
          if (e.pivot !== undefined) {
            applyUpdate(await translateCalls.setPivot({ projectId, segId, text: e.pivot }));
          }
        }
        setSaveError(null);
        setSaveState(pending.current.size ? 'pending' : 'saved');
      } catch (err) {
        // Nothing typed is lost: unsaved edits go back under any newer ones and stay on screen.
        for (const [segId, e] of entries.slice(i)) pending.current.set(segId, { ...e, ...(pending.current.get(segId) ?? {}) });
        setSaveError(err);
        setSaveState('failed');
      }
    });
    return chain.current;
  }, [projectId, applyUpdate]);

  const queue = useCallback(
    (segId: string, patch: Pending) => {
      pending.current.set(segId, { ...(pending.current.get(segId) ?? {}), ...patch });
      setSaveState((s) => (s === 'failed' ? 'failed' : 'pending'));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!pending.current.size) return;
      e.preventDefault();
      e.returnValue = '';
      void flush();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      void flush();
    };
  }, [flush]);

  return { pending, chain, saveState, setSaveState, saveError, flush, queue };
}
