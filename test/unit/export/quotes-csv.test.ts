// Quote sheet CSV: RFC 4180 quoting, CRLF, header, formula defusing, rejected quotes left out.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../main/core/export';
import { csvField, quoteRows, renderQuotesCsv } from '../../../main/core/export/quote-sheet';
import { FIXED_NOW, sampleArticle, sampleQuotes } from './fixtures';

/** A strict RFC 4180 reader, to prove what we write parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    } else while (i < text.length && text[i] !== ',' && text[i] !== '\r') cell += text[i++];
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`bad CSV at ${i}`);
  }
  return rows;
}

describe('quote sheet CSV', () => {
  it('writes header + one row per quote, parseable as RFC 4180', async () => {
    const a = sampleArticle();
    const r = await exportDocument({ article: a, quotes: sampleQuotes(a) }, { format: 'quotes-csv', now: FIXED_NOW });
    expect(r.mime).toBe('text/csv; charset=utf-8');
    expect(r.fileName).toBe('2025-03-04-ganjar-perkuat-kerja-sama-ekraf-dengan-korea-selatan-id.csv');
    const text = String(r.data);
    expect(text.startsWith('\uFEFFquote,speaker,role,cue,polarity,status,verification,source\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toEqual([
      ['quote', 'speaker', 'role', 'cue', 'polarity', 'status', 'verification', 'source'],
      ['Ekonominya kita masuk pada industri yang berteknologi tinggi. Ini momentum buat saya,', 'Ganjar Pranowo', 'Gubernur Jawa Tengah', 'kata', 'asserts', 'confirmed', 'verified', 'Rekaman wawancara, 12 Mei'],
      ['Dengan menggunakan digital ekonomi', 'Gandi Sulistiyanto', 'Dubes Indonesia untuk Korsel', 'kata', 'asserts', 'confirmed', 'unverified', ''],
    ]);
  });

  it('quotes commas, quotes and newlines; defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('l1\nl2')).toBe('"l1\nl2"');
    expect(csvField('plain')).toBe('plain');
    const csv = renderQuotesCsv([{ quote: '=HYPERLINK("x")', speaker: '+1', role: '@r', cue: '-kata', polarity: 'asserts', status: 'confirmed', verification: 'verified', source: 'a\r\nb' }]);
    expect(parseCsv(csv.slice(1))[1]).toEqual(["'=HYPERLINK(\"x\")", "'+1", "'@r", "'-kata", 'asserts', 'confirmed', 'verified', 'a\r\nb']);
  });

  it('a denial cue shows as "denies" so a reversed quote is visible', () => {
    const a = sampleArticle();
    const q = sampleQuotes(a);
    q.quotes = [{ ...q.quotes[0], cue: 'bantahnya' }];
    const rows = parseCsv(renderQuotesCsv(quoteRows(q)).slice(1));
    expect(rows[1].slice(3, 5)).toEqual(['bantahnya', 'denies']);
  });

  it('orders rows by position and leaves speakerless quotes blank', () => {
    const a = sampleArticle();
    const q = sampleQuotes(a);
    q.quotes = [q.quotes[1], { ...q.quotes[0], speakerId: null }];
    expect(quoteRows(q).map((r) => [r.speaker, r.quote.slice(0, 10)])).toEqual([
      ['', 'Ekonominya'],
      ['Gandi Sulistiyanto', 'Dengan men'],
    ]);
  });
});
