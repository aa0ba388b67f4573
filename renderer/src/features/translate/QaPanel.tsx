// QA side panel: runs the checks over the project; each finding jumps to its segment and can be ignored there.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaFindingOut } from '../../../../preload/contract/translate';
import { translateCalls } from './useTranslate';
import { errorText } from '../../lib/i18n';
import { QA_KEY } from './keys';

export function QaPanel({
  projectId,
  numberOf,
  beforeRun,
  onPick,
}: {
  projectId: string;
  /** 1-based position of a segment in the project, for display. */
  numberOf(segId: string): number;
  /** Saves pending edits first, so QA sees what is on screen. */
  beforeRun(): Promise<void>;
  onPick(segId: string): void;
}) {
  const { t } = useTranslation('translate');
  const [result, setResult] = useState<{ findings: QaFindingOut[]; errors: number; warnings: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    try {
      await beforeRun();
      setResult(await translateCalls.qa({ projectId }));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const ignore = async (f: QaFindingOut) => {
    try {
      await translateCalls.ignoreQa({ projectId, segId: f.segmentId, code: f.code, ignore: true });
      setResult((r) => r && { ...r, findings: r.findings.filter((x) => x !== f), [f.severity === 'error' ? 'errors' : 'warnings']: r[f.severity === 'error' ? 'errors' : 'warnings'] - 1 });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="qa-panel" data-testid="qa-panel">
      <div className="panel-bar">
        <button type="button" data-testid="qa-run" onClick={() => void run()} disabled={busy}>
          {busy ? t('qa.running') : t('qa.run')}
        </button>
        {result && (
          <span className="hint" data-testid="qa-summary">
            {t('qa.summary', {
              errors: t('qa.errors', { n: result.errors, count: result.errors }),
              warnings: t('qa.warnings', { n: result.warnings, count: result.warnings }),
            })}
          </span>
        )}
      </div>
      {error != null && (
        <p className="banner error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {result && result.findings.length === 0 && <p className="hint">{t('qa.clean')}</p>}
      {result && (
        <ul className="qa-list">
          {result.findings.map((f, i) => (
            <li key={`${f.segmentId}-${f.code}-${i}`} className={`qa-${f.severity}`} data-testid="qa-finding" data-code={f.code}>
              <button type="button" className="link" onClick={() => onPick(f.segmentId)}>
                <span className="qa-seg">#{numberOf(f.segmentId)}</span> {t(QA_KEY[f.code] ?? f.code, f.params)}
              </button>
              <button type="button" className="small" data-testid="qa-ignore" onClick={() => void ignore(f)} title={t('qa.ignoreHint')}>
                {t('qa.ignore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
