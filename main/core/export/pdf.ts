// PDF export with pdfkit: Noto Sans KR (Latin + Hangul) embedded as subsets, our own line breaking.
import PDFDocument from 'pdfkit';
import { blockText, bylineInLead, withDatelineLead, type Block, type DocModel } from './model';
import { breakLines, type Piece, type Style } from './pdf-linebreak';
import { PDF_FONTS, pdfFont } from './pdf-fonts';

export { PDF_FONTS } from './pdf-fonts';

export interface PdfOptions {
  /** Korean: may a word break between syllables ('syllable', default) or stay whole ('word')? */
  hangulBreak?: 'syllable' | 'word';
  now?: Date;
}

const MARGIN = 56;
const SIZES = { title: 22, h1: 16, h2: 14, h3: 12.5, body: 11, meta: 10 };

type Doc = InstanceType<typeof PDFDocument>;

export function renderPdf(m: DocModel, opts: PdfOptions = {}): Promise<Buffer> {
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: m.lang,
    // pdfkit chokes on undefined info values: only set Author when there is one.
    info: { Title: m.title, ...(m.byline.trim() ? { Author: m.byline.trim() } : {}), Creator: 'Redaksi', CreationDate: opts.now ?? new Date() },
    autoFirstPage: true,
  });
  // Noto Sans KR has no italic face: italics are slanted (pdfkit's oblique), not swapped to another font.
  // Parsed once per process (pdf-fonts.ts); pdfkit accepts a fontkit font where its types say file or buffer.
  doc.registerFont('regular', pdfFont(PDF_FONTS.regular) as unknown as Buffer);
  doc.registerFont('bold', pdfFont(PDF_FONTS.bold) as unknown as Buffer);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((res, rej) => {
    doc.on('end', () => res(Buffer.concat(chunks)));
    doc.on('error', rej);
  });
  const layout = new Layout(doc, { hangul: m.lang === 'ko' ? (opts.hangulBreak ?? 'syllable') : 'word' });
  layout.paragraph([{ text: m.title, style: { bold: true } }], { size: SIZES.title, after: 8, lineGap: 1.25 });
  if (m.byline.trim() && !bylineInLead(m)) layout.paragraph([{ text: m.byline.trim(), style: {} }], { size: SIZES.meta, after: 10, color: '#555555' });
  layout.rule();
  for (const b of withDatelineLead(m.blocks, m.dateline)) layout.block(b);
  doc.end();
  return done;
}

interface ParaOpts {
  size: number;
  indent?: number;
  after?: number;
  lineGap?: number;
  color?: string;
  marker?: string;
  bar?: boolean;
}

class Layout {
  private y: number;
  constructor(
    private readonly doc: Doc,
    private readonly breakOpts: { hangul: 'syllable' | 'word' },
  ) {
    this.y = doc.page.margins.top;
  }

  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  private get left() {
    return this.doc.page.margins.left;
  }
  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  rule(): void {
    this.doc.moveTo(this.left, this.y).lineTo(this.left + this.width, this.y).lineWidth(0.5).strokeColor('#cccccc').stroke();
    this.y += 12;
  }

  block(b: Block): void {
    const pieces: Piece[] = b.runs.map((r) => ({ text: r.text, style: { bold: r.bold, italic: r.italic, href: r.href } }));
    switch (b.kind) {
      case 'h1':
      case 'h2':
      case 'h3':
        this.y += 6;
        return this.paragraph(pieces.map((p) => ({ ...p, style: { ...p.style, bold: true } })), { size: SIZES[b.kind], after: 6 });
      case 'quote':
        return this.paragraph(pieces, { size: SIZES.body, indent: 18, after: 8, bar: true, color: '#333333' });
      case 'li': {
        const depth = b.list?.depth ?? 1;
        const marker = b.list?.ordered ? `${b.list.index}.` : '•';
        return this.paragraph(pieces, { size: SIZES.body, indent: 18 * depth, after: 3, marker });
      }
      default:
        if (blockText(b)) this.paragraph(pieces, { size: SIZES.body, after: 8 });
    }
  }

  paragraph(pieces: Piece[], o: ParaOpts): void {
    const doc = this.doc;
    const indent = o.indent ?? 0;
    const measure = (text: string, style: Style) => {
      doc.font(style.bold ? 'bold' : 'regular').fontSize(o.size);
      return doc.widthOfString(text);
    };
    const lines = breakLines(pieces, this.width - indent, measure, this.breakOpts);
    const lineHeight = o.size * (o.lineGap ?? 1.45);
    lines.forEach((line, i) => {
      if (this.y + lineHeight > this.bottom) {
        doc.addPage();
        this.y = doc.page.margins.top;
      }
      let x = this.left + indent;
      if (i === 0 && o.marker) {
        doc.font('regular').fontSize(o.size).fillColor('#000000');
        doc.text(o.marker, x - 14, this.y, { lineBreak: false });
      }
      if (o.bar) {
        doc.moveTo(this.left + 4, this.y).lineTo(this.left + 4, this.y + lineHeight).lineWidth(2).strokeColor('#bbbbbb').stroke();
      }
      for (const p of line) {
        const w = measure(p.text, p.style);
        doc.fillColor(p.style.href ? '#0645ad' : (o.color ?? '#000000'));
        doc.text(p.text, x, this.y, { lineBreak: false, link: p.style.href, underline: !!p.style.href, oblique: p.style.italic ? 12 : false });
        x += w;
      }
      this.y += lineHeight;
    });
    this.y += o.after ?? 0;
  }
}
