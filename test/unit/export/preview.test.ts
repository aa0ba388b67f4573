// previewExport: a safe HTML page for every format, and exportDocument's file names and mime types.
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportDocument, formatInfo, previewExport } from '../../../main/core/export';
import { FIXED_NOW, projectFixture, sampleArticle, sampleQuotes } from './fixtures';

function input() {
  const { article, project } = projectFixture();
  const quotes = sampleQuotes(sampleArticle());
  return { article: sampleArticle(), project: { ...project, articleId: 'semarang01' }, quotes, small: { article, project } };
}

describe('previewExport', () => {
  it.each(EXPORT_FORMATS)('%s: a standalone page with a strict CSP and no script', async (format) => {
    const i = input();
    const p = await previewExport(format === 'tmx' || format.startsWith('bilingual') || format === 'xliff' ? i.small : i, { format, now: FIXED_NOW, includeUnapproved: true });
    expect(p.html).toMatch(/^<!DOCTYPE html>/);
    expect(p.html).toContain("default-src 'none'");
    expect(p.html).not.toMatch(/<script/i);
    expect(p.fileName.endsWith(`.${formatInfo(format).ext}`)).toBe(true);
  });

  it('shows DOCX/PDF as the article, text formats as their literal text, quotes as a table', async () => {
    const i = input();
    const docx = await previewExport(i, { format: 'docx', now: FIXED_NOW });
    expect(docx.html).toContain('<h1>Ganjar Perkuat Kerja Sama Ekraf dengan Korea Selatan</h1>');
    const md = await previewExport(i, { format: 'md', now: FIXED_NOW });
    expect(md.html).toContain('<pre># Ganjar Perkuat Kerja Sama Ekraf dengan Korea Selatan');
    const q = await previewExport(i, { format: 'quotes-csv', now: FIXED_NOW });
    expect(q.html).toContain('<td>Ganjar Pranowo</td>');
    const bi = await previewExport(i.small, { format: 'bilingual-docx', includeUnapproved: true, now: FIXED_NOW });
    expect(bi.html).toContain('<td class="target" lang="ko">간자르가 대사를 만났다.</td>');
    expect(bi.warnings.map((w) => w.code)).toEqual(['segment.untranslated', 'segment.unapproved']);
  });
});

describe('exportDocument', () => {
  it('applies the file-name template', async () => {
    const r = await exportDocument({ article: sampleArticle() }, { format: 'txt', fileNameTemplate: '{id}-{lang}-{format}.{ext}', now: FIXED_NOW });
    expect(r.fileName).toBe('semarang01-id-txt.txt');
    await expect(exportDocument({ article: sampleArticle() }, { format: 'txt', fileNameTemplate: '{nope}.{ext}' })).rejects.toMatchObject({
      code: 'export.badTemplate',
    });
  });

  it('rejects an unknown format and quote formats without quotes', async () => {
    await expect(exportDocument({ article: sampleArticle() }, { format: 'rtf' as never })).rejects.toMatchObject({ code: 'export.unknownFormat' });
    await expect(exportDocument({ article: sampleArticle() }, { format: 'quotes-csv' })).rejects.toMatchObject({ code: 'export.noQuotes' });
  });
});
