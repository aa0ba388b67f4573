// The glossary terms found in the active segment's source, with their translations (the side list).
import { useTranslation } from 'react-i18next';
import type { TermHit } from '../../../../preload/contract/translate';
import type { Lang } from '../../../../preload/contract/define';

export function GlossaryTerms({ terms, targetLang, pivotLang, onInsert }: { terms: TermHit[]; targetLang: Lang; pivotLang: Lang | null; onInsert(text: string): void }) {
  const { t } = useTranslation('translate');
  // One line per entry, with every form the source uses (Jawa Tengah, Jateng → 중부 자바).
  const byEntry = new Map<string, { hit: TermHit; forms: string[] }>();
  for (const h of terms) {
    const e = byEntry.get(h.entryId);
    if (!e) byEntry.set(h.entryId, { hit: h, forms: [h.term] });
    else if (!e.forms.includes(h.term)) e.forms.push(h.term);
  }
  const unique = [...byEntry.values()].map(({ hit, forms }) => ({ ...hit, term: forms.join(', ') }));
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
