// The article editor: title, dateline, byline, rich body (TipTap), autosave with a visible state.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticlePatch } from '../../../preload/contract/common';
import { api, call } from '../lib/api';
import { errorText } from '../lib/i18n';
import { useAutosave } from '../lib/useAutosave';
import { SaveIndicator } from '../components/SaveIndicator';
import { RichEditor } from '../components/RichEditor';

export function EditorView({ id }: { id: string }) {
  const { t } = useTranslation();
  const [article, setArticle] = useState<Article | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const autosave = useAutosave<ArticlePatch>(async (patch) => {
    const saved = await call(api.articles.save({ id, patch }));
    setArticle((a) => (a ? { ...a, rev: saved.rev, updatedAt: saved.updatedAt } : saved));
  });

  useEffect(() => {
    call(api.articles.get({ id })).then(setArticle, setLoadError);
  }, [id]);

  if (loadError) return <p className="banner error">{errorText(t, loadError)}</p>;
  if (!article) return <p className="loading">{t('loading')}</p>;

  const edit = (patch: ArticlePatch) => {
    setArticle({ ...article, ...patch });
    autosave.change(patch);
  };

  return (
    <section className="editor" data-testid="editor">
      <div className="editor-head">
        <input
          className="title-input"
          data-testid="title"
          aria-label={t('editor.title')}
          placeholder={t('editor.title')}
          value={article.title}
          onChange={(e) => edit({ title: e.target.value })}
        />
        <SaveIndicator state={autosave.state} error={autosave.error} retry={() => void autosave.flush()} />
        <a className="translate-link" data-testid="open-translate" href={`#/translate/${encodeURIComponent(id)}`} onClick={(e) => (e.preventDefault(), void autosave.flush().finally(() => (window.location.hash = `#/translate/${encodeURIComponent(id)}`)))}>{t('translate:open')}</a>
      </div>
      <div className="meta-row">
        <label>
          {t('editor.outlet')}
          <input
            data-testid="outlet"
            value={article.dateline.outlet}
            onChange={(e) => edit({ dateline: { ...article.dateline, outlet: e.target.value } })}
          />
        </label>
        <label>
          {t('editor.place')}
          <input
            data-testid="place"
            value={article.dateline.place}
            onChange={(e) => edit({ dateline: { ...article.dateline, place: e.target.value } })}
          />
        </label>
        <label>
          {t('editor.byline')}
          <input data-testid="byline" value={article.byline} onChange={(e) => edit({ byline: e.target.value })} />
        </label>
      </div>
      <RichEditor html={article.body} onChange={(body) => edit({ body })} />
    </section>
  );
}
