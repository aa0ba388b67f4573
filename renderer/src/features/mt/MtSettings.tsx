// Settings → Machine translation: the engine list (order = preference), add/edit/remove, per-engine test, route test.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MtEngineView } from '../../../../preload/contract/mt';
import { mtCalls } from './useMt';
import { errorText } from '../../lib/i18n';
import { MtEngineForm } from './MtEngineForm';
import { MtTestResult, type MtTestOutcome } from './MtTestResult';
import './mt.css';
import { MT_KIND_KEY } from './keys';
import { MtRouteTest, SAMPLE } from './MtRouteTest';


type Editing = null | { mode: 'new' } | { mode: 'edit'; engine: MtEngineView };

export function MtSettings() {
  const { t } = useTranslation('mt');
  const [engines, setEngines] = useState<MtEngineView[] | null>(null);
  const [editing, setEditingState] = useState<Editing>(null);
  // The button that opened the form gets the focus back when it closes (Escape, Cancel or Save).
  const opener = useRef<HTMLElement | null>(null);
  const setEditing = (next: Editing) => {
    if (next && !editing) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditingState(next);
  };
  useEffect(() => {
    if (editing || !opener.current) return;
    const back = opener.current.isConnected ? opener.current : document.querySelector<HTMLElement>('[data-testid="mt-add"]');
    opener.current = null;
    back?.focus();
  }, [editing]);
  const [error, setError] = useState<unknown>(null);
  const [tests, setTests] = useState<Record<string, MtTestOutcome>>({});

  const load = useCallback(async () => {
    try {
      setEngines(await mtCalls.list({}));
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const act = async (run: () => Promise<MtEngineView[]>) => {
    try {
      setEngines(await run());
      setError(null);
    } catch (err) {
      setError(err);
    }
  };

  const test = async (e: MtEngineView) => {
    const pair = e.pairs[0];
    if (!pair) return;
    setTests((x) => ({ ...x, [e.config.id]: { state: 'running' } }));
    try {
      const r = await mtCalls.test({ from: pair.from, to: pair.to, text: SAMPLE[pair.from], engineId: e.config.id });
      setTests((x) => ({ ...x, [e.config.id]: { state: 'done', source: SAMPLE[pair.from], result: r } }));
    } catch (err) {
      setTests((x) => ({ ...x, [e.config.id]: { state: 'failed', error: err } }));
    }
  };

  const where = (e: MtEngineView) =>
    e.endpoint.sends
      ? t('where.sends', { host: e.endpoint.host })
      : e.endpoint.host
        ? t('where.loopback', { host: e.endpoint.host })
        : t('where.local');
  const directions = (e: MtEngineView) =>
    e.pairs.length >= 6 ? t('dirs.all') : e.pairs.map((p) => `${p.from} → ${p.to}`).join(', ');

  return (
    <section className="mt-settings" aria-labelledby="mt-settings-title" data-testid="mt-settings">
      <h2 id="mt-settings-title">{t('settings.title')}</h2>
      <p className="hint">{t('settings.intro')}</p>
      {!!error && (
        <p className="banner error" role="alert" data-testid="mt-error">
          {errorText(t, error)}
        </p>
      )}
      {engines === null ? (
        <p className="loading">{t('common:loading')}</p>
      ) : engines.length === 0 ? (
        <p className="empty" data-testid="mt-empty">
          {t('list.empty')}
        </p>
      ) : (
        <ol className="mt-engines" data-testid="mt-engines">
          {engines.map((e, i) => (
            <li key={e.config.id} className="mt-engine" data-testid={`mt-engine-${e.config.id}`}>
              <div className="mt-engine-head">
                <strong>{e.config.label}</strong>
                <span className="mt-kind">{t(MT_KIND_KEY[e.config.kind])}</span>
                <span className="mt-dirs">{directions(e)}</span>
                <span className={e.endpoint.sends ? 'mt-where sends' : 'mt-where'} data-testid="mt-where">
                  {where(e)}
                </span>
                <span className="mt-actions">
                  <button type="button" onClick={() => void test(e)} data-testid="mt-test" disabled={!e.pairs.length}>
                    {t('test')}
                  </button>
                  <button type="button" onClick={() => setEditing({ mode: 'edit', engine: e })} data-testid="mt-edit">
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('moveUp')}
                    title={t('moveUp')}
                    disabled={i === 0}
                    onClick={() => void act(() => mtCalls.move({ id: e.config.id, delta: -1 }))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={t('moveDown')}
                    title={t('moveDown')}
                    disabled={i === engines.length - 1}
                    onClick={() => void act(() => mtCalls.move({ id: e.config.id, delta: 1 }))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    data-testid="mt-remove"
                    onClick={() => {
                      if (window.confirm(t('removeConfirm', { label: e.config.label }))) {
                        void act(() => mtCalls.remove({ id: e.config.id }));
                      }
                    }}
                  >
                    {t('remove')}
                  </button>
                </span>
              </div>
              {tests[e.config.id] && <MtTestResult outcome={tests[e.config.id]} />}
            </li>
          ))}
        </ol>
      )}
      {editing ? (
        <MtEngineForm
          key={editing.mode === 'edit' ? editing.engine.config.id : 'new'}
          initial={editing.mode === 'edit' ? editing.engine.config : null}
          onSaved={(list) => {
            setEngines(list);
            setEditing(null);
            setError(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing({ mode: 'new' })} data-testid="mt-add">
          {t('add')}
        </button>
      )}
      {!!engines?.length && <MtRouteTest />}
    </section>
  );
}
