// Settings → Names in Hangul: type names (one per line) and see the suggested Korean spelling of each.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslitSuggestion } from '../../../../preload/contract/lang';
import { langCalls } from './useLang';
import { errorText } from '../../lib/i18n';
import './lang.css';
import { TRANSLIT_SOURCE_KEY } from './keys';

export function TranslitTool() {
  const { t } = useTranslation('lang');
  const [text, setText] = useState('');
  const [variety, setVariety] = useState<'id' | 'ms'>('id');
  const [rows, setRows] = useState<TranslitSuggestion[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    const names = text
      .split('\n')
      .map((s) => s.trim().slice(0, 200))
      .filter(Boolean)
      .slice(0, 100);
    if (!names.length) return setRows(null);
    try {
      setRows(await langCalls.transliterate({ names, variety }));
      setError(null);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="translit-tool" aria-labelledby="translit-title" data-testid="translit-tool">
      <h2 id="translit-title">{t('tool.title')}</h2>
      <p className="hint">{t('tool.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <div className="mt-row">
          <label className="grow">
            {t('tool.names')}
            <textarea
              rows={4}
              value={text}
              maxLength={20_000}
              placeholder={'Joko Widodo\nGanjar Pranowo'}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run();
              }}
              data-testid="translit-names"
            />
          </label>
          <label>
            {t('tool.variety')}
            <select value={variety} onChange={(e) => setVariety(e.target.value as 'id' | 'ms')} data-testid="translit-variety">
              <option value="id">{t('tool.variety.id')}</option>
              <option value="ms">{t('tool.variety.ms')}</option>
            </select>
          </label>
          <button type="submit" data-testid="translit-run" title="Ctrl+Enter">
            {t('tool.run')}
          </button>
        </div>
      </form>
      {!!error && (
        <p className="banner error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {rows && (
        <table className="translit-table" data-testid="translit-results">
          <thead>
            <tr>
              <th>{t('tool.col.name')}</th>
              <th>{t('tool.col.ko')}</th>
              <th>{t('tool.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>{r.name}</td>
                <td lang="ko" data-testid="translit-ko">
                  {r.ko || '—'}
                </td>
                <td className="hint">{t(TRANSLIT_SOURCE_KEY[r.source])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
