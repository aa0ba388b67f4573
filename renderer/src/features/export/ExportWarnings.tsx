// What an export leaves out or cannot place: untranslated / unapproved segments (with numbers), headline, quotes.
import { useTranslation } from 'react-i18next';
import type { ExportWarningInfo } from '../../../../preload/contract/export';

const MAX_NUMBERS = 40;

/** `printed`: a publishing copy, where a left-out target is replaced by its source sentence. */
export function ExportWarnings({
  warnings,
  includeUnapproved,
  printed,
}: {
  warnings: ExportWarningInfo[];
  includeUnapproved: boolean;
  printed: boolean;
}) {
  const { t, i18n } = useTranslation('export');
  if (!warnings.length) return null;
  const nf = new Intl.NumberFormat(i18n.language);
  const numbers = (ns: number[]) => {
    const shown = ns.slice(0, MAX_NUMBERS).map((n) => nf.format(n)).join(', ');
    return ns.length > MAX_NUMBERS ? `${shown} ${t('warn.more', { count: ns.length - MAX_NUMBERS })}` : shown;
  };
  return (
    <div className="export-warnings" role="status" data-testid="export-warnings">
      <ul>
        {warnings.map((w) => (
          <li key={w.code} data-code={w.code}>
            {w.code === 'segment.untranslated' && (
              <strong>{t(printed ? 'warn.untranslated' : 'warn.untranslatedPlain', { count: w.count })}</strong>
            )}
            {w.code === 'segment.unapproved' && (
              <strong>
                {t(includeUnapproved ? 'warn.unapprovedIncluded' : printed ? 'warn.unapprovedLeftOut' : 'warn.unapprovedLeftOutPlain', {
                  count: w.count,
                })}
              </strong>
            )}
            {w.code === 'title.untranslated' && <strong>{t('warn.title')}</strong>}
            {w.code === 'quote.unanchored' && <strong>{t('warn.unanchored', { count: w.count })}</strong>}
            {w.numbers.length > 0 && (
              <span className="export-seg-numbers">
                {' '}
                {t('warn.segments')} {numbers(w.numbers)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
