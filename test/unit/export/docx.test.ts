// DOCX exports: structure in document.xml, quote comments, and a real LibreOffice round trip with Korean.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../main/core/export';
import { article, FIXED_NOW, KO_TITLE, koArticle, projectFixture, sampleArticle, sampleQuotes } from './fixtures';
import { docxPart, docxToPdf, pdfText } from './tools';

describe('article DOCX', () => {
  it('holds title, dateline, byline, headings, lists, bold/italic and links', async () => {
    const a = article({
      title: 'Judul Berita',
      dateline: { place: 'Jakarta', outlet: 'Redaksi' },
      byline: 'Budi Santoso',
      body: '<h2>Sub judul</h2><p>Satu <strong>tebal</strong> <em>miring</em> <a href="https://x.id/">tautan</a></p><ol><li>pertama</li></ol><ul><li>butir</li></ul>',
    });
    const r = await exportDocument({ article: a }, { format: 'docx', now: FIXED_NOW });
    expect(r.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(r.fileName).toBe('2025-03-04-judul-berita-id.docx');
    const xml = await docxPart(r.data as Buffer, 'word/document.xml');
    for (const t of ['Judul Berita', 'Jakarta, Redaksi –', 'Budi Santoso', 'Sub judul', 'tebal', 'miring', 'tautan', 'pertama', 'butir']) {
      expect(xml).toContain(`>${t}</w:t>`);
    }
    expect(xml).toContain('w:val="Title"');
    expect(xml).toContain('w:val="Heading3"');
    expect(xml).toMatch(/<w:b\/>[\s\S]*?>tebal</);
    expect(xml).toMatch(/<w:i\/>[\s\S]*?>miring</);
    expect(xml).toContain('<w:hyperlink');
    expect(xml).toContain('<w:numPr>');
    const rels = await docxPart(r.data as Buffer, 'word/_rels/document.xml.rels');
    expect(rels).toContain('Target="https://x.id/"');
  });

  it('adds quote annotations as Word comments around the quoted text when asked', async () => {
    const a = sampleArticle();
    const quotes = sampleQuotes(a);
    const r = await exportDocument({ article: a, quotes }, { format: 'docx', withAnnotations: true, now: FIXED_NOW });
    const doc = await docxPart(r.data as Buffer, 'word/document.xml');
    const comments = await docxPart(r.data as Buffer, 'word/comments.xml');
    // two quotes (the rejected one is not a quote)
    expect(doc.match(/<w:commentRangeStart /g)).toHaveLength(2);
    expect(doc.match(/<w:commentRangeEnd /g)).toHaveLength(2);
    expect(doc.match(/<w:commentReference /g)).toHaveLength(2);
    // the range wraps exactly the quote
    expect(doc).toMatch(/<w:commentRangeStart w:id="0"\/><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>Ekonominya kita masuk pada industri yang berteknologi tinggi\. Ini momentum buat saya,<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/);
    expect(comments).toContain('Narasumber: Ganjar Pranowo');
    expect(comments).toContain('Jabatan: Gubernur Jawa Tengah');
    expect(comments).toContain('Status: dikonfirmasi');
    expect(comments).toContain('Verifikasi: terverifikasi');
    expect(comments).toContain('Catatan sumber: Rekaman wawancara, 12 Mei');
    expect(comments).toContain('Narasumber: Gandi Sulistiyanto');
    expect(comments).not.toContain('Kita follow up');
    expect(r.warnings).toEqual([]);
  });

  it('leaves comments out unless asked, and reports quotes whose text is gone', async () => {
    const a = sampleArticle();
    const quotes = sampleQuotes(a);
    const plain = await exportDocument({ article: a, quotes }, { format: 'docx', now: FIXED_NOW });
    expect(await docxPart(plain.data as Buffer, 'word/document.xml')).not.toContain('commentRangeStart');
    const edited = { ...a, body: a.body.replace('Dengan menggunakan digital ekonomi', 'Dengan ekonomi digital') };
    const r = await exportDocument({ article: edited, quotes }, { format: 'docx', withAnnotations: true, now: FIXED_NOW });
    expect(r.warnings).toEqual([{ code: 'quote.unanchored', segmentIds: ['q2'] }]);
  });

  it('converts with LibreOffice into a PDF whose text holds the Korean headline', async () => {
    const r = await exportDocument({ article: koArticle() }, { format: 'docx', now: FIXED_NOW });
    const text = pdfText(docxToPdf(r.data as Buffer));
    expect(text.replace(/\s+/g, ' ')).toContain(KO_TITLE);
    expect(text).toContain('디자인 협력');
  });
});

describe('bilingual DOCX and quote sheet DOCX', () => {
  it('bilingual review copy is a table with source, pivot, target and status', async () => {
    const { article: a, project } = projectFixture();
    const r = await exportDocument({ article: a, project }, { format: 'bilingual-docx', withPivot: true, includeUnapproved: true, now: FIXED_NOW });
    expect(r.fileName).toBe('2025-03-04-ekonomi-kreatif-id-ko.docx');
    const xml = await docxPart(r.data as Buffer, 'word/document.xml');
    expect(xml).toContain('<w:tbl>');
    for (const t of ['원문 (id)', '중간 언어 (en)', '번역 (ko)', '상태', 'Ganjar bertemu duta besar.', 'Ganjar met the ambassador.', '간자르가 대사를 만났다.', '승인됨', '번역됨', '신규']) {
      expect(xml).toContain(`>${t}</w:t>`);
    }
    expect(xml.match(/<w:tr>/g)?.length ?? xml.match(/<w:tr[ >]/g)?.length).toBe(5);
    expect(r.warnings.map((w) => w.code)).toEqual(['segment.untranslated', 'segment.unapproved']);
  });

  it('quote sheet DOCX lists each quote with speaker, role, status, verification and source', async () => {
    const a = sampleArticle();
    const r = await exportDocument({ article: a, quotes: sampleQuotes(a) }, { format: 'quotes-docx', now: FIXED_NOW });
    const xml = await docxPart(r.data as Buffer, 'word/document.xml');
    for (const t of ['Kutipan', 'Narasumber', 'Ganjar Pranowo', 'Gubernur Jawa Tengah', 'dikonfirmasi', 'belum diverifikasi', 'Rekaman wawancara, 12 Mei']) {
      expect(xml).toContain(`>${t}</w:t>`);
    }
    expect(xml).not.toContain('Kita follow up');
  });
});
