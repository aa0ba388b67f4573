// Detector details: quotation marks, offsets into the raw text, scare quotes, negatives and the speaker registry.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../main/core/quotes';
import { scanQuotes } from '../../../main/core/quotes/marks';
import { splitSentences, datelineEnd } from '../../../main/core/quotes/sentences';

describe('scanQuotes', () => {
  it('pairs curly, straight, mixed and corner marks, leaves apostrophes alone and the comma before the close out', () => {
    const text = '“Satu,” kata A. "Dua," kata B. “Tiga," kata C. Jum’at itu Kim’s. 「넷」고 말했다.';
    const spans = scanQuotes(text).map((q) => text.slice(q.start, q.end));
    expect(spans).toEqual(['Satu', 'Dua', 'Tiga', '넷']);
  });

  it('joins a quote that runs over paragraphs (open, no close, reopen)', () => {
    const text = '“Paragraf pertama tanpa penutup.\n“Paragraf kedua,” kata Ani.';
    const [q] = scanQuotes(text);
    expect(q.paragraphs).toBe(2);
    expect(text.slice(q.start, q.end)).toBe('Paragraf pertama tanpa penutup.\n“Paragraf kedua');
  });

  it('pairs a corner mark only with a close in its own paragraph', () => {
    const text = '「열린 채로 끝난다\n「넷」고 말했다. 」';
    expect(scanQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['넷']);
  });

  it('accepts a closing mark glued to a Korean particle', () => {
    const text = '그는 “협력을 강화하겠다”고 말했다.';
    expect(scanQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['협력을 강화하겠다']);
  });
});

describe('sentences', () => {
  it('skips wire datelines and keeps a quote with its attribution', () => {
    const text = 'SEMARANG, KOMPAS.com - Dr. Ani datang. “Kami siap. Semua aman,” kata Ani. Ia pulang.';
    const s = splitSentences(text, scanQuotes(text)).map((r) => text.slice(r.start, r.end));
    expect(s).toEqual(['Dr. Ani datang.', '“Kami siap. Semua aman,” kata Ani.', 'Ia pulang.']);
    expect(datelineEnd('(서울=연합뉴스) 김철수 기자 = 정부는')).toBe('(서울=연합뉴스) 김철수 기자 = '.length);
  });
});

describe('detect', () => {
  it('reports UTF-16 offsets into the raw text, without the quotation marks', () => {
    const text = 'Intro 😀 line.\r\n“Kami siap,” kata Gubernur Jawa Tengah Ganjar Pranowo.';
    const [q] = detect(text, 'id').quotes;
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.text).toBe('Kami siap');
    expect(q.speaker?.name).toBe('Ganjar Pranowo');
    expect(q.speaker?.role).toBe('Gubernur Jawa Tengah');
  });

  it('does not treat a refusal to name someone as reported speech', () => {
    const r = detect('Kapolres Kudus AKBP Dydit Dwi Susanto belum mau menyebut identitas pelaku.', 'id');
    expect(r.quotes).toEqual([]);
  });

  it('ignores titles and scare quotes but keeps a governed partial quote', () => {
    const r = detect('Film “Parasite” diputar lagi. Menteri Sandiaga Uno menyebut festival itu “pesta rakyat yang sesungguhnya”.', 'id');
    const direct = r.quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.text)).toEqual(['pesta rakyat yang sesungguhnya']);
    expect(direct[0].speaker?.name).toBe('Sandiaga Uno');
  });

  it('builds one registry entry per person with role, aliases and a spelling', () => {
    const text =
      'Menteri Perhubungan (Menhub) Budi Karya Sumadi meninjau Pelabuhan Tanjung Emas.\n“Kapal tambahan disiapkan,” kata Budi.\n“Tiketnya murah,” ujar Menhub.';
    const r = detect(text, 'id');
    expect(r.speakers).toHaveLength(1);
    const s = r.speakers[0];
    expect(s.name).toBe('Budi Karya Sumadi');
    expect(s.role).toBe('Menteri Perhubungan');
    expect(s.aliases).toContain('Menhub');
    expect(s.aliases).toContain('Budi');
    expect(s.spellings).toEqual({ id: 'Budi Karya Sumadi' });
    expect(r.quotes.every((q) => q.speaker?.id === s.id)).toBe(true);
  });

  it('keeps a Latin spelling given beside a Korean name', () => {
    const r = detect('간자르 프라노워(Ganjar Pranowo) 중부자바 주지사는 “환영한다”고 말했다.', 'ko');
    expect(r.speakers[0].name).toBe('간자르 프라노워');
    expect(r.speakers[0].spellings).toEqual({ ko: '간자르 프라노워', en: 'Ganjar Pranowo' });
  });

  it('resolves a pronoun to the last fitting speaker, not the first', () => {
    const text =
      'Mayor Eric Adams said the city would hire more teachers.\nGovernor Kathy Hochul said the state would help pay for it.\n"We are in this together," she said.';
    const r = detect(text, 'en');
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Eric Adams', 'Kathy Hochul', 'Kathy Hochul']);
  });

  it('returns nothing for text without speech', () => {
    expect(detect('Hujan deras mengguyur Semarang sejak pagi.', 'id').quotes).toEqual([]);
    expect(detect('', 'ko').quotes).toEqual([]);
  });

  it('rejects an unknown language with a coded error', () => {
    expect(() => detect('x', 'fr' as 'id')).toThrowError(expect.objectContaining({ code: 'quotes.badLang' }));
  });
});
