// Bilingual review copy rows (source | pivot? | target | status) and their HTML and DOCX tables.
import { Paragraph, HeadingLevel, TextRun } from 'docx';
import type { Article } from '../../../preload/contract/common';
import type { TranslationProject } from '../../../preload/contract/models';
import { escapeHtml } from '../articles/text';
import { packDocx, simpleTable } from './docx-common';
import { htmlPage } from './html-render';
import { ARTICLE_CSS } from './html-style';
import { documentWords } from './document-words';
import type { ExportOptions } from './types';
import { usableTarget } from './content';

export interface BilingualRow {
  id: string;
  source: string;
  pivot: string;
  /** Empty when the target is missing, a draft, or left out (includeUnapproved=false and not approved). */
  target: string;
  status: string;
  state: 'approved' | 'unapproved' | 'untranslated';
}

export interface BilingualTable {
  title: string;
  /** The translated headline (segment 0's target when it may be shown), '' when there is none. */
  targetTitle: string;
  sourceLang: string;
  pivotLang: string | null;
  targetLang: string;
  withPivot: boolean;
  rows: BilingualRow[];
}

export function bilingualTable(article: Article, project: TranslationProject, options: ExportOptions): BilingualTable {
  const withPivot = !!options.withPivot && !!project.pivotLang;
  const rows = project.segments.map((s): BilingualRow => {
    // A draft (typed or MT, not confirmed) is not a translation yet: its target cell stays empty.
    const state = !usableTarget(s, { includeUnapproved: true }) ? 'untranslated' : s.status === 'approved' ? 'approved' : 'unapproved';
    const show = usableTarget(s, options);
    return { id: s.id, source: s.source, pivot: s.pivot, target: show ? s.target : '', status: s.status, state };
  });
  const head = project.segments[0]?.headline ? rows[0] : null;
  return {
    title: article.title,
    targetTitle: head?.target.trim() ?? '',
    sourceLang: project.sourceLang,
    pivotLang: project.pivotLang,
    targetLang: project.targetLang,
    withPivot,
    rows,
  };
}

/** Labels are in the target language: the reviewer reads the target. */
function headers(t: BilingualTable) {
  const L = documentWords(t.targetLang as 'id' | 'en' | 'ko');
  const cols = [`${L.source} (${t.sourceLang})`];
  if (t.withPivot) cols.push(`${L.pivot} (${t.pivotLang})`);
  cols.push(`${L.target} (${t.targetLang})`, L.status);
  return { L, cols };
}

export function renderBilingualHtml(t: BilingualTable): string {
  const { L, cols } = headers(t);
  const th = cols.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = t.rows
    .map((r) => {
      const cells = [`<td class="source" lang="${t.sourceLang}">${escapeHtml(r.source)}</td>`];
      if (t.withPivot) cells.push(`<td class="pivot" lang="${t.pivotLang}">${escapeHtml(r.pivot)}</td>`);
      cells.push(`<td class="target" lang="${t.targetLang}">${escapeHtml(r.target)}</td>`);
      cells.push(`<td class="status">${escapeHtml(L.segmentStatus[r.status] ?? r.status)}</td>`);
      return `<tr class="${r.state}">${cells.join('')}</tr>`;
    })
    .join('\n');
  // Both headlines head the review copy: the source's and (when translated) the target's.
  const h1 = `<h1 lang="${t.sourceLang}">${escapeHtml(t.title)}</h1>`;
  const h1t = t.targetTitle ? `\n<h1 class="target-title" lang="${t.targetLang}">${escapeHtml(t.targetTitle)}</h1>` : '';
  const body = `<article lang="${t.targetLang}">\n<header>\n${h1}${h1t}\n<p class="dateline">${escapeHtml(L.reviewCopy)}</p>\n</header>\n<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n</article>`;
  return htmlPage({ lang: t.targetLang, title: `${t.title} — ${L.reviewCopy}`, css: ARTICLE_CSS, bodyHtml: body });
}

const SHADE = { approved: undefined, unapproved: 'FFF8E1', untranslated: 'FDECEA' } as const;

export async function renderBilingualDocx(t: BilingualTable): Promise<Buffer> {
  const { L, cols } = headers(t);
  const rows = t.rows.map((r) => ({
    cells: [r.source, ...(t.withPivot ? [r.pivot] : []), r.target, L.segmentStatus[r.status] ?? r.status],
    shade: SHADE[r.state],
  }));
  const widths = t.withPivot ? [30, 30, 30, 10] : [44, 44, 12];
  return packDocx({
    lang: t.targetLang as 'id' | 'en' | 'ko',
    title: t.title,
    landscape: t.withPivot,
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: t.title, bold: true })] }),
      ...(t.targetTitle ? [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: t.targetTitle, bold: true })] })] : []),
      new Paragraph({ children: [new TextRun({ text: L.reviewCopy, italics: true })], spacing: { after: 200 } }),
      simpleTable(cols, rows, widths, t.withPivot),
    ],
  });
}
