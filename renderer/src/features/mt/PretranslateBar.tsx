// Pre-translate a project with MT: button, live progress bar ('task.progress'), Cancel, and a summary of the run.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PretranslateSummary } from '../../../../preload/contract/mt';
import { mtCalls } from './useMt';
import { cancelTask, onTaskProgress } from '../tasks/useTasks';
import { errorText } from '../../lib/i18n';
import { hrefFor } from '../../lib/router';
import { routeText } from './MtTestResult';
import './mt.css';

interface Props {
  projectId: string;
  /** Called after every run that may have changed segments (finished, cancelled or stopped by an error). */
  onDone?: (summary: PretranslateSummary) => void;
}

type State =
  | { phase: 'idle' }
  | { phase: 'running'; taskId: string; done: number; total: number; cancelling: boolean }
  | { phase: 'finished'; summary: PretranslateSummary }
  | { phase: 'failed'; error: unknown };

export function PretranslateBar({ projectId, onDone }: Props) {
  const { t } = useTranslation('mt');
  const [state, setState] = useState<State>({ phase: 'idle' });
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;
  const taskRef = useRef<string | null>(null);

  // Progress events for this run only (other tasks may be reporting at the same time).
  useEffect(
    () =>
      onTaskProgress((p) => {
        if (p.taskId !== taskRef.current) return;
        setState((s) => (s.phase === 'running' && s.taskId === p.taskId ? { ...s, done: p.done, total: p.total } : s));
      }),
    [],
  );
  // Leaving the view does not leave a run going in the background.
  useEffect(
    () => () => {
      if (taskRef.current) cancelTask(taskRef.current);
    },
    [],
  );

  const start = async () => {
    const taskId = `pretranslate:${projectId}:${Date.now().toString(36)}`;
    taskRef.current = taskId;
    setState({ phase: 'running', taskId, done: 0, total: 0, cancelling: false });
    try {
      const summary = await mtCalls.pretranslate({ projectId, taskId });
      setState({ phase: 'finished', summary });
      onDoneRef.current?.(summary);
    } catch (error) {
      setState({ phase: 'failed', error });
    } finally {
      if (taskRef.current === taskId) taskRef.current = null;
    }
  };

  const cancel = () => {
    if (state.phase !== 'running') return;
    setState({ ...state, cancelling: true });
    cancelTask(state.taskId);
  };

  const running = state.phase === 'running';
  return (
    <div className="pretranslate" data-testid="pretranslate">
      <div className="pretranslate-row">
        {!running ? (
          <button type="button" onClick={() => void start()} data-testid="pretranslate-start" title={t('pre.hint')}>
            {t('pre.button')}
          </button>
        ) : (
          <>
            <div
              className="mt-progress"
              role="progressbar"
              aria-label={t('pre.progress')}
              aria-valuemin={0}
              aria-valuemax={state.total || 1}
              aria-valuenow={state.done}
              data-testid="pretranslate-progress"
            >
              <div className="mt-progress-fill" style={{ width: `${state.total ? (100 * state.done) / state.total : 0}%` }} />
            </div>
            <span className="mt-progress-text" aria-live="polite">
              {t('pre.running', { done: state.done, total: state.total || '…' })}
            </span>
            <button type="button" onClick={cancel} disabled={state.cancelling} data-testid="pretranslate-cancel">
              {state.cancelling ? t('pre.cancelling') : t('pre.cancel')}
            </button>
          </>
        )}
      </div>
      {state.phase === 'finished' && <Summary summary={state.summary} onDismiss={() => setState({ phase: 'idle' })} />}
      {state.phase === 'failed' && (
        <div className="banner error" role="alert" data-testid="pretranslate-error">
          <p>{errorText(t, state.error)}</p>
          {(state.error as { code?: string })?.code === 'mt.noRoute' && <a href={hrefFor({ view: 'settings' })}>{t('pre.settings')}</a>}
        </div>
      )}
    </div>
  );
}

function Summary({ summary: s, onDismiss }: { summary: PretranslateSummary; onDismiss: () => void }) {
  const { t } = useTranslation('mt');
  const head =
    s.total === 0
      ? t('pre.nothing')
      : s.cancelled
        ? t('pre.cancelled', { done: s.done, total: s.total })
        : t('pre.done', { done: s.done, total: s.total });
  return (
    <div className="pretranslate-summary" role="status" data-testid="pretranslate-summary" data-done={s.done} data-cancelled={s.cancelled}>
      <p>
        {head}{' '}
        <button type="button" className="mt-dismiss" onClick={onDismiss} aria-label={t('common:dismiss')} title={t('common:dismiss')}>
          ×
        </button>
      </p>
      {s.fromTm !== undefined && s.total > 0 && (
        <p data-testid="pretranslate-sources">{t('pre.sources', { tm: s.fromTm, fuzzy: s.fuzzy ?? 0, mt: s.fromMt ?? 0 })}</p>
      )}
      {s.route.length > 0 && (
        <p className="mt-route" data-testid="pretranslate-route">
          {t('routeVia', { route: routeText(s.route), engines: s.engineLabels.join(', ') })}
        </p>
      )}
      {s.error && (
        <p className="banner error" role="alert">
          {t('pre.stoppedEarly', { message: errorText(t, s.error) })}
        </p>
      )}
      {s.flags.length > 0 && (
        <details className="mt-flags" data-testid="pretranslate-flags" open={s.flags.length <= 5}>
          <summary>{t('pre.flags', { n: s.flags.length })}</summary>
          <ul>
            {s.flags.map((f, i) => (
              <li key={i}>{t('pre.flag', { term: f.term, expected: f.expected })}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
