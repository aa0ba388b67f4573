// The editor's status bar (sticky at the bottom): words, characters with/without spaces, 원고지 pages by the
// sheet rules and reading time — for every language.
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../preload/contract/define';
import { readingMinutes, type TextCounts } from '../../../../preload/contract/counts';

// Counted in the renderer so a keystroke never waits for a round trip; the same module main counts with.
export { countText, type TextCounts } from '../../../../preload/contract/counts';

export function EditorCounts({ counts, lang }: { counts: TextCounts; lang: Lang }) {
  const { t, i18n } = useTranslation('library');
  const n = new Intl.NumberFormat(i18n.language);
  const f = (v: number) => ({ n: n.format(v), count: v });
  const minutes = readingMinutes(counts, lang);
  return (
    <div className="editor-counts" role="status" aria-label={t('counts.label')} aria-live="off" data-testid="counts">
      <span data-testid="count-words">{t('counts.words', f(counts.words))}</span>
      <span data-testid="count-chars">{t('counts.chars', f(counts.characters))}</span>
      <span data-testid="count-chars-nospace">{t('counts.charsNoSpaces', f(counts.charactersNoSpaces))}</span>
      <span data-testid="count-pages">{t('counts.pages', f(counts.manuscriptPages))}</span>
      <span data-testid="count-reading">{t('counts.reading', f(minutes))}</span>
    </div>
  );
}
