// Suggestions for the active segment of the translation grid: its TM matches (the next two segments' are fetched
// ahead, as CAT tools do) and, when an engine is configured, an MT suggestion — each bound to the segment and the
// exact source it was looked up for, so a late or stale list never fills another segment.
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { Segment } from '../../../../preload/contract/models';
import type { ProjectView, SegmentMatches } from '../../../../preload/contract/translate';
import { tryMt, useHasMtEngine } from '../mt/useMt';
import { translateCalls } from './useTranslate';

/** A match list bound to the segment and the exact source it was looked up for. */
export type Bound = SegmentMatches & { source: string };
export interface MtSuggestion {
  segId: string;
  source: string;
  text: string;
  route: string[];
}

export function useSuggestions(
  projectId: string,
  view: ProjectView | null,
  active: string | null,
  activeSource: string,
  segRef: MutableRefObject<Segment[]>,
  activeRef: MutableRefObject<string | null>,
) {
  const [bound, setBound] = useState<Bound | null>(null);
  const [tmVersion, setTmVersion] = useState(0);
  /** Machine translation of the active segment, offered after the TM matches when an engine is configured. */
  const [mt, setMt] = useState<MtSuggestion | null>(null);
  const hasMt = useHasMtEngine();
  // Written synchronously on every move (see activate), so a key pressed before React re-renders never sees the
  // previous segment's suggestions.
  const boundRef = useRef(bound);
  boundRef.current = bound;
  /**
   * Lists already looked up (the next segment's is fetched ahead, as CAT tools do), by segment id; each still
   * bound to its source. Emptied whenever the TM changes, and an answer computed before that change is dropped.
   */
  const cache = useRef(new Map<string, Bound>());
  /** Look-ups on their way, by segment id: a segment reached before its answer waits for it, not for a second one. */
  const inflight = useRef(new Map<string, Promise<SegmentMatches>>());
  const tmVersionRef = useRef(0);
  const mtRef = useRef(mt);
  mtRef.current = mt;


  /** As the active segment changes: its list at once if one is cached for its current source, else none; no MT yet. */
  const showCached = useCallback((id: string | null, seg: Segment | undefined) => {
    const hit = id ? cache.current.get(id) : undefined;
    boundRef.current = hit && seg && hit.source === seg.source ? hit : null;
    mtRef.current = null;
    setBound(boundRef.current);
    setMt(null);
  }, []);

  /** After a confirm: the TM may hold a better match now, so every cached list (and any answer on its way) goes. */
  const tmChanged = useCallback(() => {
    cache.current.clear();
    tmVersionRef.current++;
    setTmVersion((v) => v + 1);
  }, []);

  // TM matches for the active segment (and the next two, fetched ahead).
  useEffect(() => {
    if (!active) return;
    let live = true;
    const source = activeSource;
    const version = tmVersionRef.current;
    const lookup = (segId: string, src: string): Promise<SegmentMatches> => {
      const pending = inflight.current.get(segId);
      if (pending) return pending;
      const p = translateCalls.matches({ projectId, segId }).finally(() => inflight.current.delete(segId));
      inflight.current.set(segId, p);
      // Cached only while the TM is as it was when asked (a confirm in between may have added a better match).
      void p.then((m) => tmVersionRef.current === version && m.segId === segId && cache.current.set(segId, { ...m, source: src }), () => {});
      return p;
    };
    // Look the next two segments up ahead, so Ctrl+↓ / Ctrl+Enter finds their lists ready.
    const list = segRef.current;
    const at = list.findIndex((s) => s.id === active);
    for (const ahead of list.slice(at + 1, at + 3)) if (!cache.current.has(ahead.id)) void lookup(ahead.id, ahead.source).catch(() => {});
    const hit = cache.current.get(active);
    if (hit && hit.source === source) {
      boundRef.current = hit;
      setBound(hit);
      return;
    }
    lookup(active, source).then(
      (m) => {
        // A late answer for a segment we already left is dropped (the effect's cleanup) and never shown.
        if (!live || m.segId !== activeRef.current) return;
        const b: Bound = { ...m, source };
        boundRef.current = b;
        setBound(b);
      },
      () => {
        if (!live) return;
        const b: Bound = { segId: active, sourceHash: '', matches: [], source };
        boundRef.current = b;
        setBound(b);
      },
    );
    return () => {
      live = false;
    };
  }, [active, activeSource, projectId, tmVersion]);


  useEffect(() => {
    setMt(null);
    const seg = segRef.current.find((s) => s.id === active);
    if (!hasMt || !view || !seg || seg.source.length > 2000) return;
    let live = true;
    const { sourceLang: from, targetLang: to } = view.project;
    // A missing route or a stopped engine simply means no MT suggestion.
    void tryMt({ from, to, text: seg.source }).then((d) => live && d && setMt({ segId: seg.id, source: seg.source, text: d.text, route: d.route }));
    return () => {
      live = false;
    };
  }, [active, hasMt, view]);

  return { bound, boundRef, mt, mtRef, showCached, tmChanged };
}
