// #/translate/:id[/:projectId]: the article's translation projects and a form to start one, or the workspace.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../preload/contract/common';
import type { ProjectSummary } from '../../../../preload/contract/translate';
import { articleCalls } from '../editor/useEditor';
import { translateCalls } from './useTranslate';
import { errorText } from '../../lib/i18n';
import { hrefFor, navigate } from '../../lib/router';
import { TranslateWorkspace } from './TranslateWorkspace';
import { LangOptions, LANGS } from '../../ui/SelectOptions';
import './translate.css';
import { LANG_KEY } from '../../ui/keys';
import type { Lang } from '../../../../preload/contract/define';

export function TranslateView({ id, projectId }: { id: string; projectId?: string }) {
  if (projectId) return <TranslateWorkspace key={projectId} articleId={id} projectId={projectId} />;
  return <TranslateStart id={id} />;
}

function TranslateStart({ id }: { id: string }) {
  const { t, i18n } = useTranslation('translate');
  const [article, setArticle] = useState<Article | null>(null);
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [target, setTarget] = useState<Lang | ''>('');
  const [pivot, setPivot] = useState<Lang | ''>('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Promise.all([articleCalls.get({ id }), translateCalls.list({ articleId: id })]).then(([a, ps]) => {
      setArticle(a);
      setProjects(ps);
      const taken = new Set(ps.map((p) => p.targetLang));
      setTarget(LANGS.find((l) => l !== a.lang && !taken.has(l)) ?? '');
    }, setError);
  }, [id]);

  if (error && !article) return <p className="banner error">{errorText(t, error)}</p>;
  if (!article || !projects) return <p className="loading">{t('common:loading')}</p>;

  const taken = new Set(projects.map((p) => p.targetLang));
  const targets = LANGS.filter((l) => l !== article.lang);
  const pivots = LANGS.filter((l) => l !== article.lang && l !== target);
  const fmtDate = (s: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(s));

  const create = async () => {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      const p = await translateCalls.create({ articleId: id, targetLang: target, pivotLang: pivot || null });
      navigate({ view: 'translate', id, projectId: p.id });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="tr-start" data-testid="translate-start">
      <div className="toolbar">
        <h1>{t('start.title', { title: article.title || t('untitled') })}</h1>
        <a href={hrefFor({ view: 'article', id })}>{t('backToArticle')}</a>
      </div>
      <p className="hint">{t('start.source', { lang: t(LANG_KEY[article.lang]) })}</p>
      {projects.length === 0 ? (
        <p className="empty">{t('start.none')}</p>
      ) : (
        <table className="drafts" data-testid="project-list">
          <thead>
            <tr>
              <th>{t('start.col.languages')}</th>
              <th>{t('start.col.progress')}</th>
              <th>{t('start.col.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <tr key={p.id}>
                <td>
                  <a href={hrefFor({ view: 'translate', id, projectId: p.id })} data-testid={`open-project-${p.targetLang}`}>
                    {[p.sourceLang, p.pivotLang, p.targetLang].filter(Boolean).map((l) => l!.toUpperCase()).join(' → ')}
                  </a>
                </td>
                <td>
                  {t('progress.percent', { percent: p.progress.percent })}
                </td>
                <td>{fmtDate(p.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="tr-new"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <h2>{t('start.new')}</h2>
        <label>
          {t('start.target')}
          <select
            data-testid="target-lang"
            value={target}
            onChange={(e) => {
              const v = e.target.value as Lang;
              setTarget(v);
              if (pivot === v) setPivot('');
            }}
          >
            {targets.map((l) => (
              <option key={l} value={l} disabled={taken.has(l)}>
                {t(LANG_KEY[l])}
                {taken.has(l) ? ` (${t('start.exists')})` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('start.pivot')}
          <select data-testid="pivot-lang" value={pivot} onChange={(e) => setPivot(e.target.value as Lang | '')}>
            <option value="">{t('start.noPivot')}</option>
            <LangOptions langs={pivots} />
          </select>
        </label>
        <button type="submit" className="primary" data-testid="create-project" disabled={busy || !target || taken.has(target)}>
          {t('start.create')}
        </button>
        <p className="hint">{t('start.pivotHint')}</p>
        {error != null && (
          <p className="banner error" role="alert">
            {errorText(t, error)}
          </p>
        )}
      </form>
    </section>
  );
}
