// Quote sheet: one row per quote (quote, speaker, role, cue, polarity, status, verification, source) as CSV and DOCX.
import { Paragraph, HeadingLevel, TextRun } from 'docx';
import type { Article } from '../../../preload/contract/common';
import type { ArticleQuotes } from '../../../preload/contract/models';
import { packDocx, simpleTable } from './docx-common';
import { documentWords } from './document-words';
import { quoteSheet, type QuoteRow } from '../quotes/ops';

/** The rows are the quotes feature's own sheet (main/core/quotes quoteSheet): one definition of what a row is. */
export type { QuoteRow };

/** Rejected suggestions are not quotes: they are left off the sheet. Order: as they appear in the text. */
export function quoteRows(quotes: ArticleQuotes): QuoteRow[] {
  return quoteSheet(quotes);
}

export const CSV_COLUMNS: (keyof QuoteRow)[] = ['quote', 'speaker', 'role', 'cue', 'polarity', 'status', 'verification', 'source'];

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * RFC 4180: CRLF line ends, header row. A UTF-8 BOM leads so spreadsheet apps read Hangul correctly.
 * Cells that start with = + - @ would run as formulas in a spreadsheet: they get a leading apostrophe.
 */
export function renderQuotesCsv(rows: QuoteRow[]): string {
  const defuse = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(defuse(r[c]))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function renderQuotesDocx(article: Article, quotes: ArticleQuotes): Promise<Buffer> {
  const L = documentWords(article.lang);
  const rows = quoteRows(quotes).map((r) => ({
    // A denial shows as such next to its cue, so a reversed quote is never read as the speaker's claim.
    cells: [r.quote, r.speaker || L.unknownSpeaker, r.role, r.polarity === 'denies' ? `${r.cue} (${L.denies})` : r.cue, L.quoteStatus[r.status] ?? r.status, L.verificationStatus[r.verification] ?? r.verification, r.source],
  }));
  return packDocx({
    lang: article.lang,
    title: article.title,
    landscape: true,
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: article.title, bold: true })] }),
      new Paragraph({ children: [new TextRun({ text: L.quoteSheet, italics: true })], spacing: { after: 200 } }),
      simpleTable([L.quote, L.speaker, L.role, L.cue, L.status, L.verification, L.sourceNote], rows, [30, 13, 13, 10, 9, 9, 16], true),
    ],
  });
}
