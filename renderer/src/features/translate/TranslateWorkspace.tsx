// The translation workspace: segment grid (source | pivot | target), keyboard-first editing with autosave,
// progress by status, and side panels for glossary terms, TM matches and tools, QA and analysis.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment, SegmentStatus } from '../../../../preload/contract/models';
import type { DiffPart, Progress, ProjectView, SegmentUpdate } from '../../../../preload/contract/translate';
import { translateCalls } from './useTranslate';
import { useSegmentSaves, type Pending } from './useSegmentSaves';
import { useSuggestions } from './useSuggestions';
import { errorText } from '../../lib/i18n';
import { hrefFor } from '../../lib/router';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { STATUSES, type RowActions } from './SegmentRow';
import { GlossaryManager } from './GlossaryManager';
import { PretranslateBar } from '../mt/PretranslateBar';
import { TranslateProgress } from './TranslateProgress';
import { SEGMENT_STATUS_KEY } from './keys';
import { TranslateSide } from './TranslateSide';
import { SegmentGrid } from './SegmentGrid';

type Filter = 'all' | SegmentStatus;

export function TranslateWorkspace({ articleId, projectId }: { articleId: string; projectId: string }) {
  const { t, i18n } = useTranslation('translate');
  const [view, setView] = useState<ProjectView | null>(null);
  const [segments, setSegments] = useState<Segment[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [diffs, setDiffs] = useState<Record<string, DiffPart[]>>({});
  const [active, setActive] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [loadError, setLoadError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [glossaryOpen, setGlossaryOpen] = useState(false);

  const segRef = useRef(segments);
  segRef.current = segments;
  const activeRef = useRef(active);
  activeRef.current = active;
  // A split or join can give the active id another source: its suggestions are looked up again.
  const activeSource = segments.find((s) => s.id === active)?.source ?? '';
  const { bound, boundRef, mt, mtRef, showCached, tmChanged } = useSuggestions(projectId, view, active, activeSource, segRef, activeRef);

  // ---------- saving (the queue itself: useSegmentSaves) ----------
  const applyUpdate = useCallback((u: SegmentUpdate) => {
    setSegments((ss) => ss.map((s) => (s.id === u.segment.id ? { ...u.segment, target: s.target, pivot: s.pivot } : s)));
    setProgress(u.progress);
    setDiffs((d) => {
      if (!u.diff.length && !d[u.segment.id]) return d;
      const next = { ...d };
      if (u.diff.length) next[u.segment.id] = u.diff;
      else delete next[u.segment.id];
      return next;
    });
  }, []);

  const { pending, chain, saveState, setSaveState, saveError, flush, queue } = useSegmentSaves(projectId, applyUpdate);

  /** The one way the active segment changes: the old segment's suggestions are dropped at once. */
  const activate = useCallback((id: string | null) => {
    if (id === activeRef.current) return;
    activeRef.current = id;
    showCached(id, segRef.current.find((s) => s.id === id));
    setActive(id);
  }, [showCached]);

  // ---------- loading ----------
  const applyView = useCallback((v: ProjectView) => {
    setView(v);
    setProgress(v.progress);
    setDiffs(v.diffs);
    // Keep text typed but not yet saved on screen.
    setSegments(
      v.project.segments.map((s) => {
        const p = pending.current.get(s.id);
        return p ? { ...s, ...(p.target !== undefined ? { target: p.target } : {}), ...(p.pivot !== undefined ? { pivot: p.pivot } : {}) } : s;
      }),
    );
    const keep = activeRef.current && v.project.segments.some((s) => s.id === activeRef.current);
    activate(keep ? activeRef.current : ((v.project.segments.find((s) => s.status === 'new' || s.status === 'draft') ?? v.project.segments[0])?.id ?? null));
  }, [activate]);

  const load = useCallback(() => translateCalls.open({ projectId }).then(applyView, setLoadError), [projectId, applyView]);
  useEffect(() => {
    void load();
  }, [load]);

  // ---------- navigation ----------
  const visible = useMemo(
    () => (filter === 'all' ? segments : segments.filter((s) => s.status === filter || s.id === active)),
    [segments, filter, active],
  );
  const visibleRef = useRef(visible);
  visibleRef.current = visible;

  const move = useCallback((delta: number) => {
    const list = visibleRef.current;
    const i = list.findIndex((s) => s.id === activeRef.current);
    const next = list[Math.max(0, Math.min(list.length - 1, i + delta))];
    if (next) activate(next.id);
  }, [activate]);

  const setTargetText = useCallback(
    (segId: string, text: string, origin: Pending['origin'] = 'human', sourceHash?: string) => {
      const seg = segRef.current.find((s) => s.id === segId);
      if (!seg || seg.locked) return;
      setSegments((ss) => ss.map((s) => (s.id === segId ? { ...s, target: text } : s)));
      queue(segId, { target: text, origin, sourceHash });
    },
    [queue],
  );

  const guard = useCallback(
    async (fn: () => Promise<void>) => {
      try {
        setActionError(null);
        await fn();
      } catch (err) {
        setActionError(err);
      }
    },
    [],
  );

  const confirmSeg = useCallback(
    (segId: string, andMove: boolean) => {
      const seg = segRef.current.find((s) => s.id === segId);
      if (!seg) return;
      const p = pending.current.get(segId);
      if (p?.target !== undefined) {
        // The confirm call carries the text itself; the pivot (if any) still goes through the queue.
        const { target: _t, origin: _o, sourceHash: _h, ...rest } = p;
        if (rest.pivot !== undefined) pending.current.set(segId, rest);
        else pending.current.delete(segId);
      }
      // The row shows its new status at once: the answer can wait behind other work (a first spell-check
      // dictionary load, a long TM write), and a grey dot under "Saving…" reads as "not confirmed".
      const before = seg.status;
      if (seg.target.trim() && (before === 'new' || before === 'draft')) {
        setSegments((ss) => ss.map((s) => (s.id === segId ? { ...s, status: 'translated' } : s)));
      }
      if (andMove) move(1);
      chain.current = chain.current.then(async () => {
        try {
          setSaveState('saving');
          // An unsaved edit keeps its origin (Ctrl+1 then Ctrl+Enter confirms a TM insert as TM, not as typed).
          const origin = p?.target !== undefined ? p.origin : undefined;
          const hash = origin && origin !== 'human' && p?.sourceHash ? { sourceHash: p.sourceHash } : {};
          applyUpdate(await translateCalls.confirm({ projectId, segId, target: seg.target, ...(origin ? { origin } : {}), ...hash }));
          setSaveState(pending.current.size ? 'pending' : 'saved');
          setActionError(null);
          tmChanged();
        } catch (err) {
          setActionError(err);
          setSegments((ss) => ss.map((s) => (s.id === segId ? { ...s, status: before } : s)));
          setSaveState(pending.current.size ? 'pending' : 'saved');
          // Keep the text: it goes back to the autosave queue.
          if (p?.target !== undefined) queue(segId, { target: seg.target, origin: p.origin, sourceHash: p.sourceHash });
        }
      });
    },
    [projectId, applyUpdate, move, queue, tmChanged],
  );

  /**
   * Inserts suggestion n only from a list bound to the active segment AND its current source: a list still
   * showing (or arriving late) for another segment inserts nothing. The MT suggestion counts after the TM list,
   * so it needs that list loaded (its number must not shift under the translator's finger).
   */
  const insertSuggestion = useCallback(
    (n: number) => {
      const id = activeRef.current;
      const seg = segRef.current.find((s) => s.id === id);
      const b = boundRef.current;
      if (!id || !seg || !b || b.segId !== id || b.source !== seg.source) return;
      const m = b.matches[n];
      const machine = mtRef.current;
      if (m) setTargetText(id, m.unit.target, 'tm', b.sourceHash);
      else if (n === b.matches.length && machine?.segId === id && machine.source === seg.source) setTargetText(id, machine.text, 'mt', b.sourceHash);
    },
    [setTargetText],
  );

  const copySource = useCallback(
    (segId: string) => {
      const seg = segRef.current.find((s) => s.id === segId);
      if (seg) setTargetText(segId, seg.source);
    },
    [setTargetText],
  );

  const actions: RowActions = useMemo(
    () => ({
      activate: (id) => activate(id),
      editTarget: (id, text) => setTargetText(id, text),
      editPivot: (id, text) => {
        setSegments((ss) => ss.map((s) => (s.id === id ? { ...s, pivot: text } : s)));
        queue(id, { pivot: text });
      },
      confirm: (id) => confirmSeg(id, true),
      copySource,
      split: (id) => {
        const el = document.querySelector(`[data-source-of="${id}"]`);
        const sel = window.getSelection();
        if (!el || !sel || !sel.focusNode || !el.contains(sel.focusNode)) {
          setActionError(t('splitHint'));
          return;
        }
        const range = document.createRange();
        range.setStart(el, 0);
        range.setEnd(sel.focusNode, sel.focusOffset);
        const offset = range.toString().length;
        void guard(async () => {
          await flush();
          applyView(await translateCalls.split({ projectId, segId: id, offset }));
        });
      },
      join: (id) =>
        void guard(async () => {
          await flush();
          applyView(await translateCalls.join({ projectId, segId: id }));
        }),
      setStatus: (id, status) =>
        void guard(async () => {
          await flush();
          applyUpdate(await translateCalls.setStatus({ projectId, segId: id, status }));
        }),
    }),
    [activate, setTargetText, queue, confirmSeg, copySource, guard, flush, applyView, applyUpdate, projectId, t],
  );

  // ---------- keyboard ----------
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!e.ctrlKey && !e.metaKey) return;
    const id = activeRef.current;
    if (e.key === 'Enter' && id) {
      e.preventDefault();
      confirmSeg(id, true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (id && ((e.shiftKey && e.code === 'KeyS') || e.key === 'Insert')) {
      e.preventDefault();
      copySource(id);
    } else if (id && e.altKey && !e.shiftKey && (e.code === 'KeyR' || e.code === 'KeyA')) {
      // Ctrl+Alt+R reviewed, Ctrl+Alt+A approved, then the next segment (a reviewer's Ctrl+Enter).
      e.preventDefault();
      actions.setStatus(id, e.code === 'KeyR' ? 'reviewed' : 'approved');
      move(1);
    } else if (!e.shiftKey && !e.altKey && /^Digit[1-9]$/.test(e.code)) {
      e.preventDefault();
      insertSuggestion(Number(e.code.slice(5)) - 1);
    }
  };

  if (loadError) return <p className="banner error">{errorText(t, loadError)}</p>;
  if (!view || !progress) return <p className="loading">{t('common:loading')}</p>;

  const { project } = view;
  const activeSeg = segments.find((s) => s.id === active) ?? null;
  const liveList = bound && activeSeg && bound.segId === activeSeg.id && bound.source === activeSeg.source ? bound : null;
  const n = (x: number) => new Intl.NumberFormat(i18n.language).format(x);
  const numberOf = (id: string) => segments.findIndex((s) => s.id === id) + 1;
  const indexOf = new Map(segments.map((s, i) => [s.id, i]));
  const L = (l: string) => l.toUpperCase();

  return (
    <section className="tr-workspace" data-testid="translate-workspace" onKeyDown={onKeyDown}>
      <div className="toolbar tr-toolbar">
        <h1 title={view.articleTitle}>
          {view.articleTitle || t('untitled')}{' '}
          <span className="tr-langs" data-testid="project-langs">
            {[project.sourceLang, project.pivotLang, project.targetLang].filter(Boolean).map((l) => L(l!)).join(' → ')}
          </span>
        </h1>
        <a href={hrefFor({ view: 'article', id: articleId })}>{t('backToArticle')}</a>
        <a href={hrefFor({ view: 'translate', id: articleId })}>{t('allProjects')}</a>
        <label className="tr-filter">
          {t('filter.label')}
          <select data-testid="status-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">{t('filter.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(SEGMENT_STATUS_KEY[s])} ({n(progress.segments[s])})
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="open-glossary" onClick={() => setGlossaryOpen(true)}>
          {t('glossary.manage')}
        </button>
        <PretranslateBar projectId={projectId} onDone={() => void flush().then(load)} />
        <SaveIndicator state={saveState} error={saveError} retry={() => void flush()} />
      </div>

      <TranslateProgress progress={progress} n={n} />

      {view.resync && (
        <p className="banner warning" role="status" data-testid="resync-banner">
          {t('resynced', view.resync)}
        </p>
      )}
      {actionError != null && (
        <p className="banner error" role="alert" data-testid="action-error">
          {typeof actionError === 'string' ? actionError : errorText(t, actionError)} <button onClick={() => setActionError(null)}>{t('common:dismiss')}</button>
        </p>
      )}

      <div className="tr-main">
        <SegmentGrid
          project={project}
          view={view}
          visible={visible}
          total={segments.length}
          indexOf={indexOf}
          active={active}
          diffs={diffs}
          actions={actions}
        />

        <TranslateSide
          project={project}
          projectId={projectId}
          activeSeg={activeSeg}
          terms={activeSeg ? (view.terms[activeSeg.id] ?? []) : []}
          liveList={liveList}
          mt={liveList && mt && mt.segId === active && mt.source === activeSeg?.source ? mt : null}
          onInsertSuggestion={insertSuggestion}
          onInsertTerm={(text) => {
            if (!activeSeg) return;
            const el = document.querySelector<HTMLTextAreaElement>('[data-testid="target-input"]');
            const cur = activeSeg.target;
            const at = el && document.activeElement === el ? el.selectionStart : cur.length;
            setTargetText(activeSeg.id, cur.slice(0, at) + text + cur.slice(at));
          }}
          numberOf={numberOf}
          beforeQa={flush}
          onPickFinding={(id) => (setFilter('all'), activate(id))}
        />
      </div>
      {glossaryOpen && (
        <GlossaryManager
          pair={{ from: project.sourceLang, to: project.targetLang }}
          onClose={() => setGlossaryOpen(false)}
          onChanged={() =>
            void flush().then(() => translateCalls.open({ projectId }).then(applyView, setActionError))
          }
        />
      )}
    </section>
  );
}
