// The dateline opens the lead exactly as written in every export, and our own DOCX/HTML/MD/TXT come back
// through import with the same outlet, place and byline.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../main/core/export';
import { importFile } from '../../../main/core/import';
import { datelineLead, parseDateline, datelineOf } from '../../../main/core/articles/dateline';
import { article, FIXED_NOW } from './fixtures';
import { pdfText } from './tools';

const LEAD = 'Wali kota meninjau lokasi banjir pada Senin pagi.';
const credit = (written: string) => datelineOf(parseDateline(`${written} ${LEAD}`)!);

describe('datelineLead', () => {
  it('keeps the credit as written (no forced capitals) while the fields agree with it', () => {
    const d = credit('JAKARTA, KOMPAS.com –');
    expect(d).toMatchObject({ outlet: 'KOMPAS.com', place: 'Jakarta', separator: '–', written: 'JAKARTA, KOMPAS.com –' });
    expect(datelineLead(d)).toBe('JAKARTA, KOMPAS.com –');
    expect(datelineLead(credit('MONITOR, Semarang –'))).toBe('MONITOR, Semarang –');
    expect(datelineLead(credit('SEOUL, June 5 (Yonhap) --'))).toBe('SEOUL, June 5 (Yonhap) --');
    expect(datelineLead(credit('(서울=연합뉴스) 김철수 기자 ='))).toBe('(서울=연합뉴스) 김철수 기자 =');
  });
  it('composes from the fields once the editor changed them, with the separator kept', () => {
    expect(datelineLead({ ...credit('JAKARTA, KOMPAS.com –'), place: 'Bandung' })).toBe('Bandung, KOMPAS.com –');
    expect(datelineLead({ outlet: 'ANTARA', place: 'Medan' })).toBe('Medan, ANTARA –');
    expect(datelineLead({ outlet: '', place: '' })).toBe('');
  });
});

describe('dateline round trip through our exports', () => {
  const a = article({
    title: 'Banjir Rob di Pesisir',
    byline: 'Rahmat Hidayat',
    dateline: credit('SEMARANG, KOMPAS.com –'),
    body: `<p>${LEAD}</p><p>Warga mengungsi ke balai desa.</p>`,
  });

  for (const format of ['docx', 'html', 'md', 'txt'] as const) {
    it(`${format}: the lead starts with the credit as written; import recognises outlet, place and byline`, async () => {
      const r = await exportDocument({ article: a }, { format, now: FIXED_NOW });
      const bytes = typeof r.data === 'string' ? new TextEncoder().encode(r.data) : new Uint8Array(r.data);
      const back = await importFile(r.fileName, bytes);
      expect(back.title).toBe('Banjir Rob di Pesisir');
      expect(back.dateline).toMatchObject({ outlet: 'KOMPAS.com', place: 'Semarang', written: 'SEMARANG, KOMPAS.com –' });
      expect(back.byline).toBe('Rahmat Hidayat');
      expect(back.body.startsWith('<p>Wali kota')).toBe(true);
      expect(back.body).not.toContain('KOMPAS');
    });
  }

  it('pdf: the lead line starts with the credit, not upper-cased', async () => {
    const r = await exportDocument({ article: a }, { format: 'pdf', now: FIXED_NOW });
    const text = pdfText(r.data as Buffer);
    expect(text).toMatch(/SEMARANG, KOMPAS\.com – Wali kota/);
    expect(text).not.toContain('KOMPAS.COM');
  });
});
