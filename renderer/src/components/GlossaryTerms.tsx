// The glossary terms found in the active segment's source, with their translations (the side list).
import { useTranslation } from 'react-i18next';
import type { TermHit } from '../../../preload/contract/translate';

type Lang = 'id' | 'en' | 'ko';

export function GlossaryTerms({ terms, targetLang, pivotLang, onInsert }: { terms: TermHit[]; targetLang: Lang; pivotLang: Lang | null; onInsert(text: string): void }) {
  const { t } = useTranslation('translate');
  const seen = new Set<string>();
  const unique = terms.filter((h) => !seen.has(h.entryId) && seen.add(h.entryId));
  if (!unique.length) return <p className="hint">{t('glossary.noTerms')}</p>;
  return (
    <ul className="glossary-terms" data-testid="glossary-terms">
      {unique.map((h) => (
        <li key={h.entryId}>
          <strong>{h.term}</strong> →{' '}
          {h.translations[targetLang] ? (
            <button type="button" className="link" title={t('glossary.insert')} onClick={() => onInsert(h.translations[targetLang])}>
              {h.translations[targetLang]}
            </button>
          ) : (
            <span className="hint">{t('glossary.noTranslation')}</span>
          )}
          {pivotLang && h.translations[pivotLang] && <span className="hint"> · {h.translations[pivotLang]}</span>}
        </li>
      ))}
    </ul>
  );
}
