// Live length figures under the editor: words for id/en; characters with/without spaces and 원고지 pages for ko.
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../preload/contract/define';

export interface TextCounts {
  words: number;
  characters: number;
  charactersNoSpaces: number;
  manuscriptPages: number;
}

/**
 * The same rules as main/core/articles/counts.ts (test/unit/library/counts.test.ts keeps them equal): the
 * renderer counts locally so a keystroke never waits for a round trip. `text` has one block per line.
 */
export function countText(text: string): TextCounts {
  const nfc = text.normalize('NFC');
  let characters = 0;
  let spaces = 0;
  for (const ch of nfc) {
    if (ch === '\n' || ch === '\r') continue;
    characters++;
    if (/\s/u.test(ch)) spaces++;
  }
  const words = nfc.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return { words, characters, charactersNoSpaces: characters - spaces, manuscriptPages: Math.ceil(characters / 200) };
}

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
