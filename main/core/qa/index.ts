// QA public API: runQa over translation segments, plus the number/date/quote helpers it is built from.
//
// For IPC handlers and views:
//   runQa({segments, sourceLang, targetLang, glossary?, speakers?, quotesBySegment?, only?}): QaFinding[]
//     QaFinding = {segmentId, code, severity: 'error'|'warning', params, range?}; message key qa:<code>
//     (resources/locales/<lng>/qa.json, interpolated with params). Codes listed in ignoredQa are dropped.
//   summarise(findings): {errors, warnings, byCode}
//   QA_CODES, QA_SEVERITY, EXPECTED_RATIO (length ratios per pair)
//   extractNumbers(text, lang), extractDates(text, lang), quotesUnbalanced(text), hasQuoteMarks(text)
// Throws AppError qa.badLanguage {lang} for a language other than id, en, ko.
//
// Numbers (numberMissing) — what is supported:
//   id: "." groups thousands, "," is the decimal mark (1.234,5); en and ko: the reverse (1,234.5).
//   Scale words multiply: id ribu/rb, juta/jt, miliar/milyar, triliun; en thousand, million/mln, billion/bn,
//   trillion; ko units 십/백/천 within 만/억/조 groups (150만, 3억5천만, 1조 5천억, 1.5조). So "Rp1,5 triliun"
//   = "Rp1.5 trillion" = "1조5천억 루피아". Percent signs and currency symbols are ignored (the value counts).
//   Clock times compare on a 12-hour clock: id "15.00 WIB" = en "3 p.m." = ko "오후 3시" (= "3시").
//   Numbers inside dates are left to dateMissing. Whole numbers 0–10 may be spelt out in the target
//   (three / tiga / 세 명). A token that fits the source locale in no way ("1.5" in Indonesian) must
//   appear verbatim. Not supported: other spelt-out numbers (dua puluh, twenty), Sino-Korean numerals (삼십).
// Dates (dateMissing): id "12 Januari 2024", "Januari 2024", "(12/2)" "(12/2/2024)" (day first); en
//   "January 12, 2024", "12 January", "Jan. 12", "January 2024"; ko "2024년 1월 12일", "1월 12일", "3월",
//   "2024. 1. 12."; ISO 2024-01-12 everywhere. Same month, plus day/year whenever the source gives them.
// Length ratios (lengthRatio): see length.ts — id→en 0.88, en→id 1.13, id→ko 0.42, en→ko 0.48, ko→id 2.4,
//   ko→en 2.1; flagged outside ×0.5…×1.8 of that, for sources of 30+ characters.
import { AppError } from '../errors';
import { runQa as run, summarise } from './run';
import type { QaFinding, QaInput } from './types';

const LANGS = new Set(['id', 'en', 'ko']);

export function runQa(input: QaInput): QaFinding[] {
  for (const lang of [input.sourceLang, input.targetLang]) {
    if (!LANGS.has(lang)) throw new AppError('qa.badLanguage', `QA supports id, en and ko, not "${lang}".`, { lang });
  }
  return run(input);
}

export { summarise };
export { QA_CODES, QA_SEVERITY, type QaCode, type QaSeverity, type QaFinding, type QaInput, type SegmentInput } from './types';
export { EXPECTED_RATIO } from './length';
export { extractNumbers, parseLocaleNumber, type NumberMention } from './numbers';
export { extractDates, type DateMention } from './dates';
export { quotesUnbalanced, hasQuoteMarks } from './quotes';
export { endMark } from './checks-text';
