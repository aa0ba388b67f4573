// Revision history beside the editor: when, why, how long; a word diff of any two; restore (adds a revision).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../preload/contract/common';
import type { DiffPart, RevisionSummary } from '../../../../preload/contract/articles';
import { articleCalls } from './useEditor';
import { errorText } from '../../lib/i18n';
import { ARTICLE_STATUS_KEY } from '../../ui/keys';
import { REVISION_REASON_KEY } from './keys';

interface Props {
  id: string;
  /** The article's save counter: the list reloads when it changes. */
  rev: number;
  /** Called before a restore (flush pending edits first) and after it with the restored article. */
  beforeRestore: () => Promise<void>;
  onRestored: (a: Article) => void;
  onClose: () => void;
}

export function HistoryPanel({ id, rev, beforeRestore, onRestored, onClose }: Props) {
  const { t, i18n } = useTranslation('library');
  const [items, setItems] = useState<RevisionSummary[] | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [diff, setDiff] = useState<DiffPart[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    articleCalls.revisions({ id }).then(
      (r) => live && setItems(r),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [id, rev]);

  const [from, to] = [...picked].sort((a, b) => a - b);
  useEffect(() => {
    setDiff(null);
    if (picked.length !== 2) return;
    let live = true;
    articleCalls.diff({ id, from, to }).then(
      (d) => live && setDiff(d),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [id, from, to, picked.length]);

  const toggle = (r: number) =>
    setPicked((p) => (p.includes(r) ? p.filter((x) => x !== r) : [...p, r].slice(-2)));

  const restore = async (r: number) => {
    setBusy(true);
    setError(null);
    try {
      await beforeRestore();
      onRestored(await articleCalls.restore({ id, rev: r }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const dateFmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  const n = new Intl.NumberFormat(i18n.language);

  return (
    <aside className="history-panel" aria-label={t('history.title')} data-testid="history">
      <div className="history-head">
        <h2>{t('history.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('history.close')}>
          ×
        </button>
      </div>
      {error !== null && (
        <p className="banner error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {items === null && !error && <p className="loading">{t('common:loading')}</p>}
      {items !== null && items.length === 0 && <p className="empty">{t('history.empty')}</p>}
      {items !== null && items.length > 1 && <p className="hint">{t('history.pickTwo')}</p>}
      <ol className="history-list">
        {(items ?? []).map((r) => (
          <li key={r.rev} data-testid="revision" data-rev={r.rev} className={picked.includes(r.rev) ? 'picked' : ''}>
            <label className="history-pick">
              <input
                type="checkbox"
                checked={picked.includes(r.rev)}
                onChange={() => toggle(r.rev)}
                aria-label={t('history.compare', { rev: r.rev })}
                data-testid={`pick-${r.rev}`}
              />
              <span className="history-rev">#{r.rev}</span>
              <time dateTime={r.at}>{dateFmt.format(new Date(r.at))}</time>
            </label>
            <div className="history-meta">
              <span className={`reason reason-${r.reason}`}>
                {r.reason === 'restore' && r.restoredFrom
                  ? t('history.restoredFrom', { rev: r.restoredFrom })
                  : t(REVISION_REASON_KEY[r.reason])}
              </span>
              {r.reason === 'status' && <span>{t(ARTICLE_STATUS_KEY[r.status])}</span>}
              <span>{t('history.words', { n: n.format(r.words) })}</span>
              <button
                type="button"
                onClick={() => void restore(r.rev)}
                disabled={busy}
                data-testid={`restore-${r.rev}`}
                title={t('history.restoreHint')}
              >
                {t('history.restore')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {picked.length === 2 && (
        <section className="diff" data-testid="diff" aria-label={t('history.diffTitle', { from, to })}>
          <h3>{t('history.diffTitle', { from, to })}</h3>
          <p className="diff-legend">
            <ins>{t('history.inserted')}</ins> <del>{t('history.deleted')}</del>
          </p>
          {diff === null ? (
            <p className="loading">{t('common:loading')}</p>
          ) : diff.every((p) => p.op === 'equal') ? (
            <p className="hint">{t('history.same')}</p>
          ) : (
            <div className="diff-text">
              {diff.map((p, i) =>
                p.op === 'insert' ? (
                  <ins key={i}>{p.text}</ins>
                ) : p.op === 'delete' ? (
                  <del key={i}>{p.text}</del>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )}
            </div>
          )}
        </section>
      )}
    </aside>
  );
}
