// The library: every draft with language, status, words and last change; new draft, open, move to trash.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../preload/contract/common';
import { api, call } from '../lib/api';
import { errorText } from '../lib/i18n';
import { navigate } from '../lib/router';

export function LibraryView() {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setItems(await call(api.articles.list({})));
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const create = async () => {
    try {
      const a = await call(api.articles.create({ title: t('library.untitled') }));
      navigate({ view: 'article', id: a.id });
    } catch (err) {
      setError(err);
    }
  };

  const live = (items ?? []).filter((a) => !a.deletedAt);
  const dateFmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const numFmt = new Intl.NumberFormat(i18n.language);

  return (
    <section className="library">
      <div className="toolbar">
        <h1>{t('library.title')}</h1>
        <button className="primary" onClick={() => void create()} data-testid="new-draft">
          {t('library.new')}
        </button>
      </div>
      {error !== null && (
        <p className="banner error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {items !== null && live.length === 0 && <p className="empty">{t('library.empty')}</p>}
      {live.length > 0 && (
        <table className="drafts" data-testid="drafts">
          <thead>
            <tr>
              <th>{t('library.col.title')}</th>
              <th>{t('library.col.lang')}</th>
              <th>{t('library.col.status')}</th>
              <th>{t('library.col.words')}</th>
              <th>{t('library.col.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {live.map((a) => (
              <tr key={a.id} onDoubleClick={() => navigate({ view: 'article', id: a.id })}>
                <td>
                  <a href={`#/article/${a.id}`}>{a.title || t('library.untitled')}</a>
                </td>
                <td>{t(`lang.${a.lang}`)}</td>
                <td>{t(`status.${a.status}`)}</td>
                <td>{numFmt.format(a.wordCount)}</td>
                <td>{dateFmt.format(new Date(a.updatedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
