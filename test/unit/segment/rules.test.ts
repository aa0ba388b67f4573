// Rule files as data: they load, they drive the segmenter, bad input fails clearly, and no text is ever lost.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../main/core/errors';
import { compileRules, rulesFor, segmentParagraphs, segmentText, sentenceBreaks } from '../../../main/core/segment';

const rulesDir = resolve(__dirname, '../../../resources/segment-rules');
const raw = (lang: string) => JSON.parse(readFileSync(resolve(rulesDir, `${lang}.json`), 'utf8'));

describe('segmentation rules', () => {
  it.each(['id', 'en', 'ko'])('%s.json compiles and lists the required cases', (lang) => {
    const r = rulesFor(lang);
    expect(r.lang).toBe(lang);
    expect(r.rules.length).toBeGreaterThan(3);
    const file = raw(lang);
    expect(file.lang).toBe(lang);
    expect(file.rules.every((x: { note: string }) => x.note.length > 0)).toBe(true);
  });

  it('id.json lists the Indonesian titles and degrees from the brief', () => {
    const { never, ambiguous } = raw('id').abbreviations;
    for (const a of ['Dr.', 'Prof.', 'Jl.', 'No.', 'H.', 'Mr.', 'Mrs.', 'vs.', 'U.S.']) expect(never).toContain(a);
    for (const a of ['S.H.', 'M.Si.', 'p.m.']) expect(ambiguous).toContain(a);
    for (const a of ['pk.', 'Pol.', 'Kompol.', 'AKBP.', 'Brigjen.', 'a.n.', 's.d.']) expect(never).toContain(a);
    for (const a of ['dll.', 'dst.']) expect(ambiguous).toContain(a);
  });

  it('throws segment.badLang for an unsupported language', () => {
    expect(() => segmentText('Bonjour. Salut.', 'fr')).toThrowError(AppError);
    try {
      segmentText('x', 'fr');
    } catch (e) {
      expect((e as AppError).code).toBe('segment.badLang');
      expect((e as AppError).params).toEqual({ lang: 'fr' });
    }
  });

  it('rejects a malformed rules document and a bad pattern with segment.badRules', () => {
    expect(() => compileRules({ lang: 'en' })).toThrow(expect.objectContaining({ code: 'segment.badRules' }));
    const bad = raw('en');
    bad.rules.push({ note: 'broken', break: false, before: '(', after: '' });
    expect(() => compileRules(bad)).toThrow(expect.objectContaining({ code: 'segment.badRules' }));
  });

  it('is driven by the data: a new abbreviation or break rule changes the result', () => {
    const text = 'Ketua RT. Budi datang. Siap.';
    expect(sentenceBreaks(text, rulesFor('en')).length).toBe(2);
    const custom = raw('en');
    custom.abbreviations.never.push('RT.');
    expect(sentenceBreaks(text, compileRules(custom))).toEqual([22]);
    custom.rules.unshift({ note: 'break after datang.', break: true, before: 'datang\\.', after: '\\s' });
    expect(sentenceBreaks(text, compileRules(custom))).toEqual([22]);
    custom.rules.unshift({ note: 'never break before Siap', break: false, before: '\\.', after: '\\s+Siap' });
    expect(sentenceBreaks(text, compileRules(custom))).toEqual([]);
  });

  it('keeps every non-space character exactly once, in order, with exact offsets (mixed text, CRLF, BOM)', () => {
    const input =
      '\ufeffJAKARTA — Dr. Budi (B. J.) bilang: “Naik 1.234,5. Turun!” kata dia.\r\n\r\n' +
      '“오늘은 좋다. 내일도 좋다.”라고 말했다.   Harga U.S. $1,234.5? Ya… betul!\n\t\n"Tanpa penutup. Dua.';
    for (const lang of ['id', 'en', 'ko']) {
      const segs = segmentText(input, lang);
      for (const s of segs) expect(input.slice(s.start, s.end)).toBe(s.text);
      const strip = (s: string) => s.replace(/\s/gu, '');
      expect(segs.map((s) => strip(s.text)).join('')).toBe(strip(input));
    }
  });

  it('numbers paragraphs by non-empty line', () => {
    const p = segmentParagraphs('Satu. Dua.\n\n\nTiga.\nEmpat.', 'id');
    expect(p.map((s) => [s.text, s.paragraph])).toEqual([
      ['Satu.', 0],
      ['Dua.', 0],
      ['Tiga.', 1],
      ['Empat.', 2],
    ]);
  });

  it('ignores an over-long "quote" (an unbalanced straight quote) instead of swallowing the paragraph', () => {
    const custom = raw('id');
    custom.quotes.maxChars = 20;
    const text = '"Kalimat satu yang panjang sekali. Kalimat dua yang juga panjang," kata Budi.';
    expect(sentenceBreaks(text, rulesFor('id'))).toEqual([]);
    expect(sentenceBreaks(text, compileRules(custom)).length).toBe(1);
  });
});
