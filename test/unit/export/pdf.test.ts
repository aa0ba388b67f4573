// PDF export: fonts embedded as subsets, Hangul extracts intact, Korean and Latin line breaking.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../main/core/export';
import { breakLines, type Measure, type Piece } from '../../../main/core/export/pdf-linebreak';
import { article, FIXED_NOW, KO_TITLE, koArticle, sampleArticle } from './fixtures';
import { pdfFonts, pdfText } from './tools';

describe('PDF export', () => {
  it('embeds Noto Sans KR subsets and extracts Korean text intact', async () => {
    const r = await exportDocument({ article: koArticle() }, { format: 'pdf', now: FIXED_NOW });
    const pdf = r.data as Buffer;
    expect(r.mime).toBe('application/pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const fonts = pdfFonts(pdf).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) {
      expect(line).toMatch(/^[A-Z]{6}\+NotoSansKR-(Regular|Bold)\s/); // subset tag + name
      expect(line).toMatch(/Identity-H\s+yes\s+yes\s+yes/); // emb, sub, uni
    }
    const text = pdfText(pdf);
    expect(text).toContain(KO_TITLE);
    expect(text).toContain('스마랑, 레닥시');
    expect(text).toContain('김민지 기자');
    expect(text).toContain('자동차 산업부터');
    expect(text).toContain('디자인 협력');
    // a subset: far smaller than the 6 MB fonts
    expect(pdf.length).toBeLessThan(200_000);
  });

  it('shares the parsed fonts across PDFs yet subsets each one for its own text (also when written at once)', async () => {
    const [ko, id] = await Promise.all([
      exportDocument({ article: koArticle() }, { format: 'pdf', now: FIXED_NOW }),
      exportDocument({ article: sampleArticle() }, { format: 'pdf', now: FIXED_NOW }),
    ]);
    const koText = pdfText(ko.data as Buffer);
    expect(koText).toContain(KO_TITLE);
    expect(koText).toContain('디자인 협력');
    const idText = pdfText(id.data as Buffer);
    for (const w of sampleArticle().title.split(' ')) expect(idText).toContain(w);
    expect(idText).not.toMatch(/[\uAC00-\uD7A3]/); // no Hangul leaked in from the other document
    // Still a subset, far below the 6 MB font.
    expect((id.data as Buffer).length).toBeLessThan(200_000);
    const again = await exportDocument({ article: koArticle() }, { format: 'pdf', now: FIXED_NOW });
    // Shaping results are cached across documents: a later PDF of the same article is byte-for-byte the same.
    expect(Buffer.compare(again.data as Buffer, ko.data as Buffer)).toBe(0);
  });

  it('prints a long Indonesian article over lines without splitting words', async () => {
    const r = await exportDocument({ article: sampleArticle() }, { format: 'pdf', now: FIXED_NOW });
    const text = pdfText(r.data as Buffer);
    const words = new Set(sampleArticle().body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w)));
    const lineWords = text.split(/\s+/);
    // every long word of the article appears whole in the extracted text
    for (const w of words) expect(lineWords).toContain(w);
    expect(text.replace(/\s+/g, ' ')).toContain('Ganjar Perkuat Kerja Sama Ekraf dengan Korea Selatan');
  });

  it('prints lists with markers and keeps links', async () => {
    const a = article({ body: '<ol><li>satu</li><li>dua</li></ol><ul><li>butir</li></ul><p><a href="https://x.id/">tautan</a></p>' });
    const pdf = (await exportDocument({ article: a }, { format: 'pdf', now: FIXED_NOW })).data as Buffer;
    const text = pdfText(pdf);
    expect(text).toMatch(/1\.\s*satu/);
    expect(text).toMatch(/2\.\s*dua/);
    expect(text).toMatch(/•\s*butir/);
    expect(pdf.toString('latin1')).toContain('(https://x.id/)');
  });
});

describe('line breaking', () => {
  // Every character is 1 unit wide: widths are just lengths.
  const m: Measure = (t) => [...t].length;
  const p = (text: string): Piece[] => [{ text, style: {} }];
  const lines = (text: string, width: number, hangul: 'syllable' | 'word') =>
    breakLines(p(text), width, m, { hangul }).map((l) => l.map((x) => x.text).join(''));

  it('keeps Latin words whole and breaks at spaces', () => {
    expect(lines('kerja sama ekonomi kreatif', 12, 'word')).toEqual(['kerja sama', 'ekonomi', 'kreatif']);
  });

  it('breaks Korean between syllables to fill the line', () => {
    expect(lines('대한민국 경제협력 강화', 7, 'syllable')).toEqual(['대한민국 경제', '협력 강화']);
  });

  it("keeps Korean words whole in 'word' mode unless a word is longer than the line", () => {
    expect(lines('대한민국 경제협력 강화', 6, 'word')).toEqual(['대한민국', '경제협력', '강화']);
    expect(lines('가나다라마바사아자', 4, 'word')).toEqual(['가나다라', '마바사아', '자']);
  });

  it('never starts a line with closing punctuation', () => {
    const out = lines('가나다. 라마', 3, 'syllable');
    expect(out.some((l) => /^[.,]/.test(l))).toBe(false);
    expect(out.join('')).toBe('가나다.라마');
  });

  it('honours forced line breaks and splits an over-long URL', () => {
    expect(lines('a\nb', 10, 'word')).toEqual(['a', 'b']);
    expect(lines('https://contoh.id/x', 8, 'word')).toEqual(['https://', 'contoh.i', 'd/x']);
  });

  it('carries style per piece across a line break', () => {
    const out = breakLines([{ text: 'satu ', style: {} }, { text: 'dua tiga', style: { bold: true } }], 8, m, { hangul: 'word' });
    expect(out.map((l) => l.map((x) => `${x.style.bold ? '*' : ''}${x.text}`))).toEqual([['satu ', '*dua'], ['*tiga']]);
  });
});
