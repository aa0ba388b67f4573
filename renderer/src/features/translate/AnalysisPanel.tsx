// Match-band analysis: how much of the document the TM already covers (words and segments per band).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisOut } from '../../../../preload/contract/translate';
import { BANDS_OUT } from '../../../../preload/contract/values';
import { translateCalls } from './useTranslate';
import { errorText } from '../../lib/i18n';
import { BAND_KEY } from './keys';

export function AnalysisPanel({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation('translate');
  const [a, setA] = useState<AnalysisOut | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const n = (x: number) => new Intl.NumberFormat(i18n.language).format(x);

  const run = async () => {
    setBusy(true);
    try {
      setA(await translateCalls.analyse({ projectId }));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="analysis-panel">
      <div className="panel-bar">
        <button type="button" data-testid="analyse" onClick={() => void run()} disabled={busy}>
          {busy ? t('analysis.running') : t('analysis.run')}
        </button>
      </div>
      {error != null && <p className="banner error" role="alert">{errorText(t, error)}</p>}
      {a && (
        <table className="analysis" data-testid="analysis-table">
          <thead>
            <tr>
              <th>{t('analysis.band')}</th>
              <th>{t('analysis.segments')}</th>
              <th>{t('analysis.words')}</th>
            </tr>
          </thead>
          <tbody>
            {BANDS_OUT.map((b) => (
              <tr key={b} data-band={b}>
                <td>{t(BAND_KEY[b])}</td>
                <td>{n(a.bands[b]?.segments ?? 0)}</td>
                <td>{n(a.bands[b]?.words ?? 0)}</td>
              </tr>
            ))}
            <tr className="total">
              <td>{t('analysis.total')}</td>
              <td>{n(a.total.segments)}</td>
              <td>{n(a.total.words)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
