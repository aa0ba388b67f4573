// Glossary CSV: round trip, quoting, Excel habits (BOM, ";"), and malformed files rejected with a line number.
import { describe, expect, it } from 'vitest';
import { fromCsv, parseCsv, starterGlossary, toCsv } from '../../../main/core/glossary';
import { AppError } from '../../../main/core/errors';
import { rejection } from '../helpers/errors';

describe('glossary CSV', () => {
  it('round-trips the whole starter glossary unchanged (ids included)', () => {
    const g = starterGlossary();
    const csv = toCsv(g);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFid,en,ko,forbidden_id,forbidden_en,forbidden_ko,note');
    expect(fromCsv(csv)).toEqual(g);
  });

  it('reads variants separated by " | " and quoted cells with commas, quotes and line breaks', () => {
    const csv = [
      'id,en,ko,forbidden_id,forbidden_en,forbidden_ko,note',
      'Jateng | Jawa Tengah,Central Java,중부 자바,,Middle Java,자바 중부 | 센트럴 자바,"Province; capital ""Semarang"",',
      'Java"',
      '"usaha mikro, kecil, dan menengah",MSMEs,중소기업,,,,',
    ].join('\n');
    const [jateng, umkm] = fromCsv(csv);
    expect(jateng.id).toBe('jateng');
    expect(jateng.terms).toEqual({ id: ['Jateng', 'Jawa Tengah'], en: ['Central Java'], ko: ['중부 자바'] });
    expect(jateng.forbidden.ko).toEqual(['자바 중부', '센트럴 자바']);
    expect(jateng.note).toBe('Province; capital "Semarang",\nJava');
    expect(umkm.terms.id).toEqual(['usaha mikro, kecil, dan menengah']);
    expect(fromCsv(toCsv([jateng, umkm]))).toEqual([jateng, umkm]);
  });

  it('accepts the ";" separator Excel uses in an Indonesian locale, and optional columns left out', () => {
    const [e] = fromCsv('\uFEFFid;en;ko\r\nGubernur;governor;주지사\r\n');
    expect(e.terms).toEqual({ id: ['Gubernur'], en: ['governor'], ko: ['주지사'] });
    expect(e.forbidden).toEqual({ id: [], en: [], ko: [] });
  });

  it('gives duplicate first terms distinct ids', () => {
    const entries = fromCsv('id,en,ko\nMenteri,minister,장관\nMenteri,Minister,장관님\n');
    expect(entries.map((e) => e.id)).toEqual(['menteri', 'menteri-2']);
  });

  it('rejects a row with the wrong number of cells, naming the line', () => {
    const err = rejection(() => fromCsv('id,en,ko,forbidden_id,forbidden_en,forbidden_ko,note\nJateng,Central Java,중부 자바,,,,\nKorsel,South Korea\n'));
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('glossary.csvMalformed');
    expect(err.params).toMatchObject({ line: 3 });
    expect(err.message).toMatch(/line 3.*expected 7 cells, found 2/);
  });

  it('rejects an unclosed quote at the line where it opens', () => {
    const err = rejection(() => fromCsv('id,en,ko\nJateng,Central Java,중부 자바\n"Korsel,South Korea,한국\nDPR,House,국회\n'));
    expect(err.code).toBe('glossary.csvMalformed');
    expect(err.params.line).toBe(3);
    expect(String(err.params.reason)).toMatch(/never closed/);
  });

  it('rejects a stray quote, a missing header column, an unknown column and a row without terms', () => {
    expect(rejection(() => fromCsv('id,en,ko\nJa"teng,Central Java,중부 자바\n')).params.line).toBe(2);
    expect(rejection(() => fromCsv('id,en,ko\n"Jateng"x,Central Java,중부 자바\n')).params.line).toBe(2);
    expect(rejection(() => fromCsv('id,en\nJateng,Central Java\n')).message).toMatch(/lacks the column\(s\) ko/);
    expect(rejection(() => fromCsv('id,en,ko,colour\nJateng,Central Java,중부 자바,red\n')).message).toMatch(/unknown column/);
    expect(rejection(() => fromCsv('id,en,ko,note\n,,,just a note\n')).params).toMatchObject({ line: 2 });
    expect(rejection(() => fromCsv('')).code).toBe('glossary.csvMalformed');
  });

  it('parses records with their starting line numbers', () => {
    const recs = parseCsv('a,b\n"x\ny",z\n\nlast,row');
    expect(recs.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(recs[1].cells).toEqual(['x\ny', 'z']);
  });
});
