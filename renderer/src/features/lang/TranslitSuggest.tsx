// "Suggest Hangul" beside a Korean spelling field: asks main for the spelling of a name and lets the user take it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslitSuggestion } from '../../../../preload/contract/lang';
import { langCalls } from './useLang';
import { errorText } from '../../lib/i18n';
import './lang.css';
import { TRANSLIT_SOURCE_KEY } from './keys';

interface Props {
  /** The name as written in Indonesian/Latin script, e.g. "Ganjar Pranowo". */
  name: string;
  onPick: (ko: string) => void;
}

export function TranslitSuggest({ name, onPick }: Props) {
  const { t } = useTranslation('lang');
  const [hit, setHit] = useState<TranslitSuggestion | null>(null);
  const [error, setError] = useState<unknown>(null);
  const clean = name.trim();
  useEffect(() => setHit(null), [clean]);

  const suggest = async () => {
    try {
      const [s] = await langCalls.transliterate({ names: [clean.slice(0, 200)] });
      setHit(s ?? null);
      setError(null);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <span className="translit-suggest" data-testid="translit-suggest">
      <button type="button" onClick={() => void suggest()} disabled={!clean} data-testid="translit-suggest-button" title={t('translit.hint')}>
        {t('translit.suggest')}
      </button>
      {hit &&
        (hit.ko ? (
          <button
            type="button"
            className="translit-chip"
            lang="ko"
            onClick={() => onPick(hit.ko)}
            title={t('translit.use', { ko: hit.ko })}
            data-testid="translit-pick"
          >
            {hit.ko}
            <span className="translit-source">{t(TRANSLIT_SOURCE_KEY[hit.source])}</span>
          </button>
        ) : (
          <span className="hint">{t('translit.none')}</span>
        ))}
      {!!error && (
        <span className="hint" role="alert">
          {errorText(t, error)}
        </span>
      )}
    </span>
  );
}
