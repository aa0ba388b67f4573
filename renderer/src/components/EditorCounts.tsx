// Live length figures under the editor: words for id/en; characters with/without spaces and 원고지 pages for ko.
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../preload/contract/define';
import type { TextCounts } from '../../../preload/contract/counts';

// Counted in the renderer so a keystroke never waits for a round trip; the same module main counts with.
export { countText, type TextCounts } from '../../../preload/contract/counts';

export function EditorCounts({ counts, lang }: { counts: TextCounts; lang: Lang }) {
  const { t, i18n } = useTranslation('library');
  const n = new Intl.NumberFormat(i18n.language);
  return (
    <div className="editor-counts" data-testid="counts" aria-live="off">
      {lang === 'ko' ? (
        <>
          <span data-testid="count-chars">{t('counts.chars', { n: n.format(counts.characters) })}</span>
          <span data-testid="count-chars-nospace">{t('counts.charsNoSpaces', { n: n.format(counts.charactersNoSpaces) })}</span>
          <span data-testid="count-pages">{t('counts.pages', { n: n.format(counts.manuscriptPages) })}</span>
        </>
      ) : (
        <span data-testid="count-words">{t('counts.words', { n: n.format(counts.words), count: counts.words })}</span>
      )}
    </div>
  );
}
