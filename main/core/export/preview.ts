// HTML previews of any export format, for the export view: what the file will hold, in a safe page.
import { escapeHtml } from '../articles/text';
import { htmlPage } from './html-render';
import { ARTICLE_CSS } from './html-style';
import type { QuoteRow } from './quote-sheet';
import { CSV_COLUMNS } from './quote-sheet';

/** Text formats (md, txt, ninjs, tmx) preview as their literal text. */
export function preformattedPage(title: string, lang: string, text: string): string {
  const css = `${ARTICLE_CSS}\npre { white-space: pre-wrap; word-break: break-word; font: 14px/1.5 ui-monospace, "Noto Sans Mono", monospace; }`;
  return htmlPage({ lang, title, css, bodyHtml: `<article lang="${lang}"><pre>${escapeHtml(text)}</pre></article>` });
}

export function quoteRowsPage(title: string, lang: string, rows: QuoteRow[]): string {
  const head = CSV_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${CSV_COLUMNS.map((c) => `<td>${escapeHtml(r[c])}</td>`).join('')}</tr>`).join('\n');
  const html = `<article lang="${lang}">\n<header><h1>${escapeHtml(title)}</h1></header>\n<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>\n</article>`;
  return htmlPage({ lang, title, css: ARTICLE_CSS, bodyHtml: html });
}
