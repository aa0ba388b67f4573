// QA checks on the text itself: empty, untranslated, quotes, double spaces, end punctuation, length.
import type { Check, RawFinding } from './types';
import { hasQuoteMarks, quotesUnbalanced } from './quotes';
import { lengthOutlier } from './length';

export const emptyTarget: Check = ({ source, target }) =>
  source.trim() && !target.trim() ? [{ code: 'emptyTarget' }] : [];

/** Three or more words copied verbatim; a lone name or dateline ("Jakarta") may rightly stay the same. */
export const targetEqualsSource: Check = ({ source, target, input }) => {
  if (input.sourceLang === input.targetLang) return [];
  const s = source.trim().replace(/\s+/g, ' ');
  if (!s || s !== target.trim().replace(/\s+/g, ' ')) return [];
  return (s.match(/\p{L}[\p{L}\p{N}'-]*/gu) ?? []).length >= 3 ? [{ code: 'targetEqualsSource' }] : [];
};

export const unbalancedQuotes: Check = ({ source, target }) =>
  // A news quote running over several paragraphs opens each one and closes only the last: mirror the source.
  quotesUnbalanced(target) && !quotesUnbalanced(source) ? [{ code: 'unbalancedQuotes' }] : [];

/** A direct quote (annotated, or quote marks in the source) must keep its quote marks in the target. */
export const quoteMissing: Check = ({ segment, source, target, input }) => {
  const annotated = input.quotesBySegment?.[segment.id];
  const holdsQuote = annotated
    ? annotated.some((q) => q.kind === 'direct' && q.status !== 'rejected')
    : hasQuoteMarks(source);
  return holdsQuote && !hasQuoteMarks(target) ? [{ code: 'quoteMissing' }] : [];
};

export const doubleSpace: Check = ({ target }) => {
  const out: RawFinding[] = [];
  const trimmedEnd = target.trimEnd().length;
  for (const m of target.matchAll(/(?<=\S) {2,}(?=\S)/g)) {
    if (m.index! < trimmedEnd) out.push({ code: 'doubleSpace', range: { start: m.index!, end: m.index! + m[0].length } });
  }
  return out.slice(0, 1).map((f) => ({ ...f, params: { count: out.length } }));
};

/** The sentence-final mark, after closing quotes/brackets; full-width forms count as their ASCII twins. */
export function endMark(text: string): string {
  const t = text.trim().replace(/["'”’」』»)\]]+$/u, '').trimEnd();
  if (/(\.\.\.|…)$/.test(t)) return '…';
  const c = t.slice(-1).replace('。', '.').replace('？', '?').replace('！', '!').replace('：', ':');
  return '.?!:;'.includes(c) && c ? c : '';
}

export const endPunctuation: Check = ({ source, target }) => {
  if (!target.trim()) return [];
  const [s, t] = [endMark(source), endMark(target)];
  return s !== t ? [{ code: 'endPunctuation', params: { source: s || '∅', target: t || '∅' } }] : [];
};

export const lengthRatio: Check = ({ source, target, input }) => {
  const o = lengthOutlier(source, target, input.sourceLang, input.targetLang);
  return o ? [{ code: 'lengthRatio', params: o }] : [];
};
