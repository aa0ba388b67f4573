// Misspellings of a plain-text field (the active target cell of the translate grid), listed under it with
// one-click suggestions and "Add to dictionary"; checks again a moment after typing stops.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../preload/contract/define';
import type { Misspelling } from '../../../../preload/contract/lang';
import { errorText } from '../../lib/i18n';
import { defaultAdd, defaultSuggest, forgetMisspelling, misspellings } from './useSpell';
import './lang.css';

interface Props {
  lang: Lang;
  text: string;
  /** Receives the whole text with a suggestion put in place of the misspelt word. */
  onReplace?: (text: string) => void;
  debounceMs?: number;
}

export function SpellList({ lang, text, onReplace, debounceMs = 400 }: Props) {
  const { t } = useTranslation('lang');
  const [found, setFound] = useState<{ text: string; list: Misspelling[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!text.trim()) return setFound(null);
    let live = true;
    const timer = window.setTimeout(() => {
      misspellings(lang, text.slice(0, 100_000)).then(
        (list) => {
          if (!live) return;
          setFound({ text, list });
          setError(null);
        },
        (err) => live && setError(err),
      );
    }, debounceMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [lang, text, debounceMs, tick]);

  const add = async (word: string) => {
    try {
      await defaultAdd(lang, word);
      forgetMisspelling(lang, word);
      setTick((n) => n + 1);
    } catch (err) {
      setError(err);
    }
  };

  if (error) {
    return (
      <p className="spell-list hint" role="status">
        {t('spell.failed', { message: errorText(t, error) })}
      </p>
    );
  }
  // Offsets belong to the checked text: show nothing stale while the user is still typing.
  if (!found || found.text !== text || !found.list.length) return null;
  return (
    <div className="spell-list" data-testid="spell-list" aria-live="polite">
      <span className="hint">{t('spell.list')}</span>
      {found.list.map((m, i) => (
        <span key={`${m.start}-${i}`} className="spell-item" data-testid="spell-item">
          <span className="misspelt" lang={lang}>
            {m.word}
          </span>
          {onReplace && <Suggestions lang={lang} word={m.word} pick={(s) => onReplace(text.slice(0, m.start) + s + text.slice(m.end))} />}
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => void add(m.word)} data-testid="spell-item-add" title={t('spell.add')}>
            {t('spell.add')}
          </button>
        </span>
      ))}
    </div>
  );
}

/** Up to three one-click suggestions for one listed word (asked for when the word is listed; nothing if none). */
function Suggestions({ lang, word, pick }: { lang: Lang; word: string; pick: (s: string) => void }) {
  const [list, setList] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    defaultSuggest(lang, word).then(
      (s) => live && setList(s.slice(0, 3)),
      () => live && setList([]), // the word stays listed with "Add to dictionary"; suggestions are a convenience
    );
    return () => {
      live = false;
    };
  }, [lang, word]);
  return list.map((s) => (
    <button key={s} type="button" className="translit-chip" onMouseDown={(e) => e.preventDefault()} onClick={() => pick(s)} data-testid="spell-item-suggestion">
      {s}
    </button>
  ));
}
