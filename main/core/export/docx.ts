// Article DOCX: title, dateline, byline, body; quote annotations as Word comments when asked.
import { Paragraph, HeadingLevel, TextRun, type ICommentOptions } from 'docx';
import type { ArticleQuotes } from '../../../preload/contract/models';
import { anchorQuotes, type AnchoredQuote } from './anchors';
import { blockParagraphs, packDocx } from './docx-common';
import { documentWords, type DocumentWords } from './document-words';
import { bylineInLead, withDatelineLead, type DocModel } from './model';

export interface DocxResult {
  data: Buffer;
  /** Quote ids that could not be placed (their text is no longer in the body). */
  unanchored: string[];
}

/** The comment's lines: speaker (role), status, verification, source note — in the document's language. */
export function quoteCommentLines(a: AnchoredQuote, L: DocumentWords): string[] {
  const q = a.quote;
  const who = a.speaker ? a.speaker.name : L.unknownSpeaker;
  const lines = [`${L.speaker}: ${who}`];
  if (a.speaker?.role) lines.push(`${L.role}: ${a.speaker.role}`);
  lines.push(`${L.status}: ${L.quoteStatus[q.status] ?? q.status}`);
  lines.push(`${L.verification}: ${L.verificationStatus[q.verification] ?? q.verification}`);
  if (q.sourceNote.trim()) lines.push(`${L.sourceNote}: ${q.sourceNote.trim()}`);
  return lines;
}

export async function renderDocx(
  m: DocModel,
  opts: { quotes?: ArticleQuotes | null; withAnnotations?: boolean; now?: Date } = {},
): Promise<DocxResult> {
  const L = documentWords(m.lang);
  // Anchors are offsets into the text the quotes were found in: only the source copy can carry them.
  const annotate = !!opts.withAnnotations && !!opts.quotes && opts.quotes.lang === m.lang;
  const { blocks, anchored, unanchored } = annotate ? anchorQuotes(m.blocks, opts.quotes) : { blocks: m.blocks, anchored: [], unanchored: [] };
  const head: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: m.title, bold: true })] })];
  if (m.byline.trim() && !bylineInLead(m)) head.push(new Paragraph({ children: [new TextRun({ text: m.byline.trim(), italics: true })], spacing: { after: 240 } }));
  const comments: ICommentOptions[] = anchored.map((a) => ({
    id: a.id,
    author: 'Redaksi',
    initials: 'RD',
    date: opts.now,
    children: quoteCommentLines(a, L).map((line) => new Paragraph({ children: [new TextRun(line)] })),
  }));
  const data = await packDocx({ lang: m.lang, title: m.title, children: [...head, ...blockParagraphs(withDatelineLead(blocks, m.dateline))], comments });
  return { data, unanchored };
}
