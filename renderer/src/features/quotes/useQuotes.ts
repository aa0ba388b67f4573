// Quote data: the article's quotes, decisions, speakers, re-detection and the quote sheet. The only module of
// the quotes feature that talks to the api.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleQuotes } from '../../../../preload/contract/models';
import type { QuoteOp, SpeakerPatch } from '../../../../preload/contract/quotes';
import { api, unwrap } from '../../lib/api';
import { onArticlesChanged } from '../library/useLibrary';

export const quoteCalls = unwrap(api.quotes, ['detect', 'get', 'sheet', 'speakers', 'update']);

/**
 * An article's quotes and speakers, fetched again once its saves settle (they move the anchors), and the editor's
 * decisions on them: each call answers with the whole set, and only the newest request's answer is shown.
 */
export function useArticleQuotes(articleId: string) {
  const [q, setQ] = useState<ArticleQuotes | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [detecting, setDetecting] = useState(false);
  // Answers can arrive out of order (a reload after a save racing an edit): only the newest request's answer counts.
  const seq = useRef(0);

  const apply = useCallback(async (p: Promise<ArticleQuotes>) => {
    const mine = ++seq.current;
    try {
      const next = await p;
      if (mine === seq.current) {
        // The same speakers keep the same array, so the quote items (memoised) see no change in them. A transition:
        // rendering hundreds of quotes yields to the user's typing instead of delaying a keystroke.
        startTransition(() =>
          setQ((prev) =>
            prev && JSON.stringify(prev.speakers) === JSON.stringify(next.speakers) ? { ...next, speakers: prev.speakers } : next,
          ),
        );
        setError(null);
      }
      return true;
    } catch (err) {
      if (mine === seq.current) setError(err);
      return false;
    }
  }, []);

  const load = useCallback(() => apply(quoteCalls.get({ articleId })), [apply, articleId]);
  useEffect(() => void load(), [load]);

  // Saves of the article move the anchors: fetch them again once the saves settle.
  useEffect(() => {
    let timer: number | null = null;
    const off = onArticlesChanged(({ id }) => {
      if (id !== articleId) return;
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => void load(), 250);
    });
    return () => {
      off();
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [articleId, load]);

  const op = useCallback(
    async (quoteId: string, o: QuoteOp) => {
      setBusy(true);
      try {
        return await apply(quoteCalls.update({ articleId, quoteId, op: o }));
      } finally {
        setBusy(false);
      }
    },
    [apply, articleId],
  );
  const saveSpeaker = async (speakerId: string, patch: SpeakerPatch) => {
    setBusy(true);
    try {
      return await apply(quoteCalls.speakers({ articleId, speakerId, patch }));
    } finally {
      setBusy(false);
    }
  };
  const redetect = async () => {
    setDetecting(true);
    try {
      await apply(quoteCalls.detect({ articleId }));
    } finally {
      setDetecting(false);
    }
  };

  return { q, error, busy, detecting, load, op, saveSpeaker, redetect };
}
