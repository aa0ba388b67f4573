// Small pure operations the editor's UI calls: status, speaker, verification, comments, and the quote sheet.
import type { ArticleQuotes, QuoteAnnotation, Speaker } from '../../../preload/contract/models';
import type { QuoteSheetRow } from '../../../preload/contract/quotes';
import { AppError } from '../errors';
import { cuePolarity } from './rules';

export type QuoteStatus = QuoteAnnotation['status'];
export type Verification = QuoteAnnotation['verification'];
/** A quote-sheet row as the exports print it: the contract's row without the quote id (sheetRows adds it). */
export type QuoteRow = Omit<QuoteSheetRow, 'id'>;

function withQuote(q: ArticleQuotes, quoteId: string, f: (a: QuoteAnnotation) => QuoteAnnotation): ArticleQuotes {
  const i = q.quotes.findIndex((a) => a.id === quoteId);
  if (i < 0) throw new AppError('quotes.notFound', `No quote with id ${quoteId}.`, { id: quoteId });
  const quotes = [...q.quotes];
  quotes[i] = f(quotes[i]);
  return { ...q, quotes };
}

export function setStatus(q: ArticleQuotes, quoteId: string, status: QuoteStatus): ArticleQuotes {
  if (!['suggested', 'confirmed', 'rejected'].includes(status)) {
    throw new AppError('quotes.badStatus', `Unknown quote status "${status}".`, { status });
  }
  return withQuote(q, quoteId, (a) => ({ ...a, status }));
}

/** Who spoke: an existing speaker by id, or a new one by name (reused when the name or an alias matches).
 *  Picking a speaker is an editor's decision, so a suggestion becomes confirmed (re-detection keeps it). */
export function setSpeaker(
  q: ArticleQuotes,
  quoteId: string,
  who: { speakerId: string | null } | { name: string; role?: string },
): ArticleQuotes {
  let speakers = q.speakers;
  let speakerId: string | null;
  if ('speakerId' in who) {
    if (who.speakerId !== null && !speakers.some((s) => s.id === who.speakerId)) {
      throw new AppError('quotes.speakerNotFound', `No speaker with id ${who.speakerId}.`, { id: who.speakerId });
    }
    speakerId = who.speakerId;
  } else {
    const name = who.name.trim();
    if (!name) throw new AppError('quotes.emptySpeaker', 'A speaker needs a name.');
    const key = name.toLowerCase();
    const hit = speakers.find((s) => s.name.toLowerCase() === key || s.aliases.some((a) => a.toLowerCase() === key));
    if (hit) speakerId = hit.id;
    else {
      const taken = new Set(speakers.map((s) => s.id));
      let n = speakers.length + 1;
      while (taken.has(`s${n}`)) n++;
      const s: Speaker = { id: `s${n}`, name, role: who.role ?? '', aliases: [], spellings: { [q.lang]: name } };
      speakers = [...speakers, s];
      speakerId = s.id;
    }
  }
  const out = withQuote(q, quoteId, (a) => ({ ...a, speakerId, status: a.status === 'suggested' ? 'confirmed' : a.status }));
  return { ...out, speakers };
}

export function setVerification(q: ArticleQuotes, quoteId: string, verification: Verification, sourceNote?: string): ArticleQuotes {
  if (!['unverified', 'verified', 'disputed'].includes(verification)) {
    throw new AppError('quotes.badVerification', `Unknown verification state "${verification}".`, { verification });
  }
  if (sourceNote !== undefined && sourceNote.length > 2000) {
    throw new AppError('quotes.sourceNoteTooLong', 'The source note is longer than 2000 characters.', { max: 2000 });
  }
  return withQuote(q, quoteId, (a) => ({ ...a, verification, sourceNote: sourceNote ?? a.sourceNote }));
}

export function addComment(q: ArticleQuotes, quoteId: string, text: string, at = new Date().toISOString()): ArticleQuotes {
  const t = text.trim();
  if (!t) throw new AppError('quotes.emptyComment', 'A comment cannot be empty.');
  if (t.length > 5000) throw new AppError('quotes.commentTooLong', 'The comment is longer than 5000 characters.', { max: 5000 });
  return withQuote(q, quoteId, (a) => ({ ...a, comments: [...a.comments, { at, text: t }] }));
}

/** One row per quote in reading order; rejected suggestions are left out unless asked for. */
export function quoteSheet(q: ArticleQuotes, opts: { includeRejected?: boolean } = {}): QuoteRow[] {
  const byId = new Map(q.speakers.map((s) => [s.id, s]));
  return [...q.quotes]
    .filter((a) => opts.includeRejected || a.status !== 'rejected')
    .sort((a, b) => a.anchor.start - b.anchor.start)
    .map((a) => {
      const s = a.speakerId ? byId.get(a.speakerId) : undefined;
      return {
        quote: a.anchor.exact,
        cue: a.cue,
        polarity: cuePolarity(a.cue, q.lang),
        speaker: s?.name ?? '',
        role: s?.role ?? '',
        status: a.status,
        verification: a.verification,
        source: a.sourceNote,
      };
    });
}
