// Shared DOCX pieces: fonts and language per document, runs with links and comment ranges, tables, packing.
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  PageOrientation,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import type { Lang } from '../../../preload/contract/define';
import { piecesWithMarks, type Block, type Run } from './model';

/** Names the reader's Word/LibreOffice substitutes when missing; Hangul goes through the eastAsia slot. */
export const DOCX_FONTS = { ascii: 'Noto Sans', hAnsi: 'Noto Sans', eastAsia: 'Noto Sans KR', cs: 'Noto Sans' };
const LANG_TAG: Record<Lang, string> = { id: 'id-ID', en: 'en-GB', ko: 'ko-KR' };
export const ORDERED_REF = 'redaksi-ordered';

export function docLanguage(lang: Lang) {
  return { value: lang === 'ko' ? 'en-GB' : LANG_TAG[lang], eastAsia: 'ko-KR' };
}

function textRun(r: Run, extra: { bold?: boolean; size?: number } = {}): TextRun {
  if (r.text === '\n') return new TextRun({ break: 1 });
  return new TextRun({
    text: r.text,
    bold: r.bold || extra.bold || undefined,
    italics: r.italic || undefined,
    size: extra.size,
    style: r.href ? 'Hyperlink' : undefined,
  });
}

/** A block's runs as paragraph children; marks become Word comment ranges (start, end, reference). */
export function runChildren(runs: Run[], marks: Block['marks'], extra: { bold?: boolean } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const piece of piecesWithMarks(runs, marks)) {
    if ('mark' in piece) {
      if (piece.mark.kind === 'start') out.push(new CommentRangeStart(piece.mark.id));
      else {
        out.push(new CommentRangeEnd(piece.mark.id));
        out.push(new TextRun({ children: [new CommentReference(piece.mark.id)] }));
      }
      continue;
    }
    const run = textRun(piece.run, extra);
    out.push(piece.run.href ? new ExternalHyperlink({ link: piece.run.href, children: [run] }) : run);
  }
  return out;
}

const HEADINGS = { h1: HeadingLevel.HEADING_2, h2: HeadingLevel.HEADING_3, h3: HeadingLevel.HEADING_4 } as const;

/** Body blocks → paragraphs. Ordered lists restart numbering per list via numbering instances. */
export function blockParagraphs(blocks: Block[]): Paragraph[] {
  let instance = 0;
  return blocks.map((b) => {
    const children = runChildren(b.runs, b.marks);
    if (b.kind === 'li' && b.list) {
      const level = Math.min(8, b.list.depth - 1);
      if (b.list.ordered) {
        if (b.list.index === 1) instance++;
        return new Paragraph({ children, numbering: { reference: ORDERED_REF, level, instance } });
      }
      return new Paragraph({ children, bullet: { level } });
    }
    if (b.kind === 'quote') return new Paragraph({ children, style: 'Quote', indent: { left: 567 } });
    if (b.kind === 'p' || b.kind === 'li') return new Paragraph({ children, spacing: { after: 160 } });
    return new Paragraph({ children, heading: HEADINGS[b.kind as keyof typeof HEADINGS] ?? HeadingLevel.HEADING_4 });
  });
}

export function textParagraph(text: string, opts: { bold?: boolean; size?: number; lang?: Lang } = {}): Paragraph {
  const lines = text.split('\n');
  return new Paragraph({
    children: lines.flatMap((l, i) => [
      ...(i > 0 ? [new TextRun({ break: 1 })] : []),
      new TextRun({ text: l, bold: opts.bold, size: opts.size }),
    ]),
  });
}

/** Text width in twips of an A4 page with docx's default 1-inch margins (LibreOffice needs explicit grid widths). */
const TEXT_WIDTH = { portrait: 11906 - 2 * 1440, landscape: 16838 - 2 * 1440 };

export function simpleTable(
  header: string[],
  rows: { cells: string[]; shade?: string }[],
  widths?: number[],
  landscape = false,
): Table {
  const cell = (text: string, o: { bold?: boolean; shade?: string; width?: number } = {}) =>
    new TableCell({
      children: [textParagraph(text, { bold: o.bold, size: 20 })],
      shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
      width: o.width ? { size: o.width, type: WidthType.PERCENTAGE } : undefined,
    });
  const total = landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths?.map((w) => Math.round((w / 100) * total)),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, { bold: true, shade: 'EEEEEE', width: widths?.[i] })) }),
      ...rows.map((r) => new TableRow({ children: r.cells.map((c, i) => cell(c, { shade: r.shade, width: widths?.[i] })) })),
    ],
  });
}

export interface DocxParts {
  lang: Lang;
  title: string;
  children: (Paragraph | Table)[];
  comments?: ICommentOptions[];
  landscape?: boolean;
}

export async function packDocx(p: DocxParts): Promise<Buffer> {
  const levels = Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
  const doc = new Document({
    creator: 'Redaksi',
    title: p.title,
    styles: {
      default: {
        document: { run: { font: DOCX_FONTS, size: 22, language: docLanguage(p.lang) } },
      },
    },
    numbering: { config: [{ reference: ORDERED_REF, levels }] },
    comments: p.comments?.length ? { children: p.comments } : undefined,
    sections: [
      {
        properties: p.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
        children: p.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
