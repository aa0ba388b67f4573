// Glossary CSV export defuses cells a spreadsheet would run as formulas, and reads its own output back unchanged.
import { describe, expect, it } from 'vitest';
import { fromCsv, parseCsv, toCsv } from '../../../main/core/glossary';
import { cleanEntry } from '../../../main/core/glossary/entry';

describe('glossary CSV and formulas', () => {
  const entries = [
    cleanEntry({ terms: { id: ['=HYPERLINK("http://evil","klik")'], en: ['+1 plus'], ko: ['-마이너스'] }, note: '@SUM(A1:A9)' }, 'e1'),
    cleanEntry({ terms: { id: ['biasa'], en: ['plain'], ko: ['보통'] }, note: 'a=b is fine inside' }, 'e2'),
  ];

  it('no exported cell starts with = + - @', () => {
    const csv = toCsv(entries);
    const cells = parseCsv(csv.replace(/^\uFEFF/, '')).flatMap((r) => r.cells);
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil","klik")`);
    expect(cells).toContain('a=b is fine inside');
  });

  it('the defused cells read back as the original text', () => {
    const back = fromCsv(toCsv(entries));
    expect(back[0].terms.id).toEqual(['=HYPERLINK("http://evil","klik")']);
    expect(back[0].terms.en).toEqual(['+1 plus']);
    expect(back[0].terms.ko).toEqual(['-마이너스']);
    expect(back[0].note).toBe('@SUM(A1:A9)');
  });
});
