// The app shell: top bar (navigation, UI language), recovery notices, and the current view.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, useRoute } from './lib/router';
import { LanguageSwitcher } from './ui/LanguageSwitcher';
import { LibraryView } from './features/library/LibraryView';
import { SettingsView } from './features/settings/SettingsView';
import { useRecoveries, type Recovery } from './features/settings/useSettings';
import { TranslateView } from './features/translate/TranslateView';
import { ExportView } from './features/export/ExportView';

// The editor (TipTap/ProseMirror, about a third of the UI code) loads when an article is first opened, not at start.
const EditorView = lazy(() => import('./features/editor/EditorView').then((m) => ({ default: m.EditorView })));

/** The notice's text: which file, what happened, what the user can do. */
function noticeText(t: (k: string, o: Record<string, string>) => string, r: Recovery): string {
  if (r.kind === 'readOnly') return t('recovery.readOnly', { file: r.file, reason: r.reason ?? '' });
  // Name the file with its folder (articles/…, revisions/…) so two files with one id are told apart.
  const file = r.file.split(/[\\/]/).slice(-2).join('/');
  if (r.kind === 'history') return t('recovery.history', { file, reason: r.reason ?? '' });
  if (r.pending) return t('recovery.pending', { file, reason: r.reason ?? 'ENOSPC' });
  return r.snapshot ? t('recovery.restored', { file }) : t('recovery.lost', { file });
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [recoveries, dismissRecoveries] = useRecoveries();

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href={hrefFor({ view: 'library' })}>
          Redaksi
        </a>
        <nav aria-label={t('nav.main')}>
          <a href={hrefFor({ view: 'library' })} aria-current={route.view === 'library' ? 'page' : undefined}>
            {t('nav.library')}
          </a>
          <a href={hrefFor({ view: 'settings' })} aria-current={route.view === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </a>
        </nav>
        <LanguageSwitcher />
      </header>
      {recoveries.length > 0 && (
        <div className="banner warning" role="alert" data-testid="recovery-banner">
          {recoveries.map((r) => (
            <p key={`${r.file}@${r.at}`}>{noticeText(t, r)}</p>
          ))}
          <button onClick={dismissRecoveries}>{t('dismiss')}</button>
        </div>
      )}
      <main className="content">
        {route.view === 'library' && <LibraryView />}
        {route.view === 'article' && (
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <EditorView key={route.id} id={route.id} />
          </Suspense>
        )}
        {route.view === 'settings' && <SettingsView />}
        {route.view === 'translate' && <TranslateView key={`${route.id}/${route.projectId ?? ''}`} id={route.id} projectId={route.projectId} />}
        {route.view === 'export' && <ExportView key={route.id} id={route.id} />}
      </main>
    </div>
  );
}
