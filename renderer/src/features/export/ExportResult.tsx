// What an export produced: the "saved to" note with "Show in folder", and the sandboxed preview pane.
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/i18n';
import type { ExportPreview, ExportSaved } from './useExport';

export function ExportSavedNote({ saved, onReveal, revealError }: { saved: ExportSaved; onReveal: () => void; revealError: unknown }) {
  const { t } = useTranslation('export');
  return (
    <div className="export-saved" role="status" data-testid="export-saved">
      <p>
        {t('savedTo')} <code data-testid="export-saved-path">{saved.path}</code>
      </p>
      {saved.revision !== null && <p>{t('markedExported', { rev: saved.revision })}</p>}
      <button type="button" data-testid="export-reveal" onClick={onReveal}>
        {t('showInFolder')}
      </button>
      {revealError !== null && <p className="export-error-text" role="alert">{errorText(t, revealError)}</p>}
    </div>
  );
}

export function ExportPreviewPane({ blocked, preview, previewError }: { blocked: string | null; preview: ExportPreview | null; previewError: unknown }) {
  const { t } = useTranslation('export');
  return (
    <div className="export-preview-pane">
      <h2>{t('preview')}</h2>
      {blocked && <p className="empty">{blocked}</p>}
      {!blocked && previewError !== null && (
        <p className="banner error" role="alert" data-testid="export-preview-error">
          {errorText(t, previewError)}
        </p>
      )}
      {!blocked && previewError === null && !preview && <p className="loading">{t('common:loading')}</p>}
      {!blocked && previewError === null && preview && (
        // sandbox="" : no scripts, no forms, no navigation, an opaque origin; the page has its own strict CSP.
        <iframe className="export-preview" title={t('preview')} sandbox="" srcDoc={preview.html} data-testid="export-preview" />
      )}
    </div>
  );
}
