// The translation workspace: segment grid (source | pivot | target), keyboard-first editing with autosave,
// progress by status, and side panels for glossary terms, TM matches and tools, QA and analysis.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment, SegmentStatus } from '../../../../preload/contract/models';
import type { DiffPart, Progress, ProjectView, SegmentMatches, SegmentUpdate } from '../../../../preload/contract/translate';
import { translateCalls } from './useTranslate';
import { tryMt, useHasMtEngine } from '../mt/useMt';
import { errorText } from '../../lib/i18n';
import { hrefFor } from '../../lib/router';
import type { SaveState } from '../../lib/useAutosave';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { SegmentRow, STATUSES, type RowActions } from './SegmentRow';
import { TmMatches, TmTools } from './TmPanel';
import { GlossaryTerms } from './GlossaryTerms';
import { GlossaryManager } from './GlossaryManager';
import { QaPanel } from './QaPanel';
import { AnalysisPanel } from './AnalysisPanel';
import { PretranslateBar } from '../mt/PretranslateBar';
import { TabList, tabId, tabPanelId } from '../../ui/TabList';
import { SEGMENT_STATUS_KEY, SIDE_TAB_KEY } from './keys';

type Filter = 'all' | SegmentStatus;
type Tab = 'tm' | 'qa' | 'analysis';
interface Pending {
  target?: string;
  origin?: 'human' | 'tm' | 'mt';
  /** For an inserted suggestion: the source hash it was bound to (the server refuses it for another source). */
  sourceHash?: string;
  pivot?: string;
}
/** A match list bound to the segment and the exact source it was looked up for. */
type Bound = SegmentMatches & { source: string };
const SAVE_DELAY_MS = 600;

export function TranslateWorkspace({ articleId, projectId }: { articleId: string; projectId: string }) {
  const { t, i18n } = useTranslation('translate');
  const [view, setView] = useState<ProjectView | null>(null);
  const [segments, setSegments] = useState<Segment[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [diffs, setDiffs] = useState<Record<string, DiffPart[]>>({});
  const [active, setActive] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [tab, setTab] = useState<Tab>('tm');
  const [bound, setBound] = useState<Bound | null>(null);
  const [tmVersion, setTmVersion] = useState(0);
  /** Machine translation of the active segment, offered after the TM matches when an engine is configured. */
  const [mt, setMt] = useState<{ segId: string; source: string; text: string; route: string[] } | null>(null);
  const hasMt = useHasMtEngine();
  const [loadError, setLoadError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<unknown>(null);
  const [glossaryOpen, setGlossaryOpen] = useState(false);

  const segRef = useRef(segments);
  segRef.current = segments;
  const activeRef = useRef(active);
  activeRef.current = active;
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
  const pending = useRef(new Map<string, Pending>());
  const timer = useRef<number | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());

  /** The one way the active segment changes: the old segment's suggestions are dropped at once. */
  const activate = useCallback((id: string | null) => {
    if (id === activeRef.current) return;
    activeRef.current = id;
    const seg = segRef.current.find((s) => s.id === id);
    const hit = id ? cache.current.get(id) : undefined;
    boundRef.current = hit && seg && hit.source === seg.source ? hit : null;
    mtRef.current = null;
    setBound(boundRef.current);
    setMt(null);
    setActive(id);
  }, []);

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

  // ---------- saving ----------
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
          cache.current.clear();
          tmVersionRef.current++;
          setTmVersion((v) => v + 1);
        } catch (err) {
          setActionError(err);
          setSegments((ss) => ss.map((s) => (s.id === segId ? { ...s, status: before } : s)));
          setSaveState(pending.current.size ? 'pending' : 'saved');
          // Keep the text: it goes back to the autosave queue.
          if (p?.target !== undefined) queue(segId, { target: seg.target, origin: p.origin, sourceHash: p.sourceHash });
        }
      });
    },
    [projectId, applyUpdate, move, queue],
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

  // ---------- TM matches for the active segment ----------
  // A split or join can give the active id another source: look up again for it.
  const activeSource = segments.find((s) => s.id === active)?.source ?? '';
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
  const hasPivot = project.pivotLang !== null;
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

      <div className="tr-progress" data-testid="progress">
        <div
          className="bar"
          role="progressbar"
          aria-label={t('progress.label')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress.percent}
        >
          {STATUSES.map((s) =>
            progress.byStatus[s] > 0 ? (
              <span
                key={s}
                className={`seg status-${s}`}
                style={{ width: `${(progress.byStatus[s] / Math.max(1, progress.total)) * 100}%` }}
                title={`${t(SEGMENT_STATUS_KEY[s])}: ${n(progress.byStatus[s])}`}
              />
            ) : null,
          )}
        </div>
        <span className="hint" data-testid="progress-text">
          {t(progress.unit === 'words' ? 'progress.words' : 'progress.chars', { percent: progress.percent, done: n(progress.done), total: n(progress.total) })}
        </span>
        <span className="legend">
          {STATUSES.map((s) => (
            <span key={s}>
              <span className={`dot status-${s}`} /> {t(SEGMENT_STATUS_KEY[s])} {n(progress.byStatus[s])}
            </span>
          ))}
        </span>
      </div>

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
        <div className="tr-grid" data-testid="segment-grid">
          {/* A table, not an ARIA grid: rows hold their own editors and buttons, and Ctrl+↑/↓ move between segments. */}
          <div role="table" aria-label={t('grid')}>
          <div className={`tr-row tr-head${hasPivot ? ' with-pivot' : ''}`} role="row">
            <div className="tr-num" role="columnheader">#</div>
            <div className="tr-cell" role="columnheader" data-testid="col-source">{t('col.source', { lang: L(project.sourceLang) })}</div>
            {hasPivot && <div className="tr-cell" role="columnheader" data-testid="col-pivot">{t('col.pivot', { lang: L(project.pivotLang!) })}</div>}
            <div className="tr-cell" role="columnheader" data-testid="col-target">{t('col.target', { lang: L(project.targetLang) })}</div>
            <div className="tr-state" role="columnheader"><span className="sr-only">{t('status.label')}</span></div>
          </div>
          {visible.map((s) => (
            <SegmentRow
              key={s.id}
              seg={s}
              index={indexOf.get(s.id) ?? 0}
              active={s.id === active}
              hasPivot={hasPivot}
              sourceLang={project.sourceLang}
              targetLang={project.targetLang}
              pivotLang={project.pivotLang}
              terms={view.terms[s.id]}
              diff={diffs[s.id]}
              quotes={view.quotes[s.id]}
              actions={actions}
            />
          ))}
          </div>
          {visible.length === 0 && <p className="empty">{segments.length ? t('filter.none') : t('noSegments')}</p>}
          <p className="hint tr-keys">{t('keys')}</p>
        </div>

        <aside className="tr-side" aria-label={t('side')}>
          <section>
            <h2>{t('glossary.title')}</h2>
            {activeSeg ? (
              <GlossaryTerms
                terms={view.terms[activeSeg.id] ?? []}
                targetLang={project.targetLang}
                pivotLang={project.pivotLang}
                onInsert={(text) => {
                  const el = document.querySelector<HTMLTextAreaElement>('[data-testid="target-input"]');
                  const cur = activeSeg.target;
                  const at = el && document.activeElement === el ? el.selectionStart : cur.length;
                  setTargetText(activeSeg.id, cur.slice(0, at) + text + cur.slice(at));
                }}
              />
            ) : (
              <p className="hint">{t('noActive')}</p>
            )}
          </section>
          <section>
            <h2>{t('tm.title')}</h2>
            <TmMatches
              forSeg={liveList?.segId ?? null}
              matches={liveList?.matches ?? []}
              loading={!liveList && !!activeSeg}
              onInsert={insertSuggestion}
              mt={liveList && mt && mt.segId === active && mt.source === activeSeg?.source ? mt : null}
            />
          </section>
          <TabList
            className="tabs"
            prefix="tr-side"
            label={t('side')}
            value={tab}
            onChange={setTab}
            tabs={(['tm', 'qa', 'analysis'] as const).map((k) => ({ key: k, label: t(SIDE_TAB_KEY[k]), testId: `tab-${k}` }))}
          />
          <section role="tabpanel" id={tabPanelId('tr-side', tab)} aria-labelledby={tabId('tr-side', tab)}>
            {tab === 'tm' && <TmTools from={project.sourceLang} to={project.targetLang} />}
            {tab === 'qa' && <QaPanel projectId={projectId} numberOf={numberOf} beforeRun={flush} onPick={(id) => (setFilter('all'), activate(id))} />}
            {tab === 'analysis' && <AnalysisPanel projectId={projectId} />}
          </section>
        </aside>
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
