// Paging for the library list: "101–200 of 20,000" with first/previous/next/last (buttons and Alt+PageUp/PageDown).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  offset: number;
  pageSize: number;
  total: number;
  onOffset: (offset: number) => void;
  /** Only one pager on the page listens to the keyboard shortcut. */
  shortcuts?: boolean;
}

export function LibraryPager({ offset, pageSize, total, onOffset, shortcuts = false }: Props) {
  const { t, i18n } = useTranslation('library');
  const num = new Intl.NumberFormat(i18n.language);
  const last = Math.max(0, Math.floor((total - 1) / pageSize) * pageSize);
  const canBack = offset > 0;
  const canOn = offset + pageSize < total;

  useEffect(() => {
    if (!shortcuts) return;
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'PageDown' && canOn) onOffset(offset + pageSize);
      else if (e.key === 'PageUp' && canBack) onOffset(Math.max(0, offset - pageSize));
      else if (e.key === 'Home' && canBack) onOffset(0);
      else if (e.key === 'End' && canOn) onOffset(last);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts, offset, pageSize, canBack, canOn, last, onOffset]);

  if (total === 0) return null;
  const range = t('page.range', { from: num.format(offset + 1), to: num.format(Math.min(total, offset + pageSize)), total: num.format(total) });
  return (
    <nav className="pager" aria-label={t('page.label')} data-testid="pager">
      <span className="pager-range" data-testid="page-range" aria-live="polite">
        {range}
      </span>
      {total > pageSize && (
        <span className="pager-buttons">
          <button type="button" onClick={() => onOffset(0)} disabled={!canBack} title={t('page.firstKey')} data-testid="page-first">
            {t('page.first')}
          </button>
          <button type="button" onClick={() => onOffset(Math.max(0, offset - pageSize))} disabled={!canBack} title={t('page.prevKey')} data-testid="page-prev">
            {t('page.prev')}
          </button>
          <button type="button" onClick={() => onOffset(offset + pageSize)} disabled={!canOn} title={t('page.nextKey')} data-testid="page-next">
            {t('page.next')}
          </button>
          <button type="button" onClick={() => onOffset(last)} disabled={!canOn} title={t('page.lastKey')} data-testid="page-last">
            {t('page.last')}
          </button>
        </span>
      )}
    </nav>
  );
}
