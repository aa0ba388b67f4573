// runQa: every finding code on realistic id → ko / id → en / en → id news segments.
import { describe, expect, it } from 'vitest';
import { runQa, summarise, QA_CODES, type QaFinding, type QaInput } from '../../../main/core/qa';
import { starterGlossary } from '../../../main/core/glossary';
import { AppError } from '../../../main/core/errors';
import type { QuoteAnnotation, Speaker } from '../../../preload/contract/models';
import type { Lang } from '../../../preload/contract/define';

const glossary = starterGlossary();
const ganjar: Speaker = { id: 'sp1', name: 'Ganjar Pranowo', role: 'Gubernur Jawa Tengah', aliases: ['Ganjar'], spellings: { ko: '간자르 프라노워' } };
const retno: Speaker = { id: 'sp2', name: 'Retno Marsudi', role: 'Menlu', aliases: ['Retno'], spellings: {} };

function qa(source: string, target: string, extra: Partial<QaInput> = {}, langs: [Lang, Lang] = ['id', 'ko']): QaFinding[] {
  return runQa({ segments: [{ id: 's1', source, target }], sourceLang: langs[0], targetLang: langs[1], glossary, speakers: [ganjar, retno], ...extra });
}
const codes = (f: QaFinding[]) => f.map((x) => x.code);

describe('runQa: numbers and dates', () => {
  it('flags a dropped number: id "1.234 orang" → ko without 1,234', () => {
    const f = qa('Sebanyak 1.234 orang mengungsi akibat banjir.', '홍수로 많은 사람이 대피했다.');
    expect(f).toContainEqual({ segmentId: 's1', code: 'numberMissing', severity: 'error', params: { number: '1.234' } });
  });

  it('accepts 1,234명 for 1.234 orang', () => {
    expect(codes(qa('Sebanyak 1.234 orang mengungsi akibat banjir.', '홍수로 1,234명이 대피했다.'))).toEqual([]);
  });

  it('flags a wrongly localised number (Korean 1.234 means one point two three four)', () => {
    expect(codes(qa('Sebanyak 1.234 orang mengungsi.', '1.234명이 대피했다.'))).toEqual(['numberMissing']);
  });

  it('matches money with scale words and Korean units, and times across clocks', () => {
    const src = 'Pemprov Jateng mengalokasikan Rp1,5 triliun untuk 350 ribu UMKM, kata Ganjar pukul 15.00 WIB.';
    expect(codes(qa(src, '간자르는 오후 3시 중부 자바 주정부가 중소기업 35만 곳에 1조5천억 루피아를 배정했다고 말했다.'))).toEqual([]);
    expect(codes(qa(src, 'Ganjar said at 3 p.m. the Central Java provincial government allocated Rp1.5 trillion for 350,000 MSMEs.', {}, ['id', 'en']))).toEqual([]);
    expect(qa(src, 'Ganjar said the Central Java provincial government allocated Rp15 trillion for 350,000 MSMEs.', {}, ['id', 'en']).map((f) => f.params.number)).toEqual([
      '1,5 triliun',
      '15.00',
    ]);
  });

  it('accepts small numbers spelt out in the target', () => {
    expect(codes(qa('Tiga orang tewas dan 2 orang luka-luka dalam kecelakaan itu.', 'Three people died and two were injured in the accident.', {}, ['id', 'en']))).toEqual([]);
    expect(codes(qa('Polisi menangkap 2 tersangka di Semarang.', '경찰은 스마랑에서 용의자 두 명을 체포했다.'))).toEqual([]);
  });

  it('flags a dropped or changed date and accepts a correct one', () => {
    const src = 'Presiden meresmikan proyek itu pada 12 Januari 2024.';
    expect(codes(qa(src, '대통령은 2024년 1월 12일 이 사업을 개시했다.'))).toEqual([]);
    expect(qa(src, '대통령은 2024년 1월 21일 이 사업을 개시했다.')).toContainEqual(
      expect.objectContaining({ code: 'dateMissing', params: { date: '12 Januari 2024' } }),
    );
    expect(codes(qa('Semarang, Senin (12/2) - Hujan deras turun sejak pagi.', 'Semarang, Monday (Feb. 12) - Heavy rain fell from the morning.', {}, ['id', 'en']))).toEqual([]);
    expect(codes(qa('지난 3월 수출이 늘었다.', 'Ekspor naik pada Maret lalu.', {}, ['ko', 'id']))).toEqual([]);
  });
});

describe('runQa: glossary and names', () => {
  it('flags a glossary term translated another way, and a forbidden variant', () => {
    const f = qa('Gubernur Jateng meninjau lokasi banjir.', '자바 중부 도지사가 홍수 현장을 점검했다.');
    expect(f.filter((x) => x.code === 'glossaryTermMissing').map((x) => x.params)).toEqual([
      { term: 'Gubernur', expected: '주지사' },
      { term: 'Jateng', expected: '중부 자바' },
    ]);
    const forbidden = f.filter((x) => x.code === 'forbiddenTerm');
    expect(forbidden.map((x) => [x.params.term, x.params.suggestion, x.severity])).toEqual([
      ['자바 중부', '중부 자바', 'error'],
      ['도지사', '주지사', 'error'],
    ]);
    expect(forbidden[0].range).toEqual({ start: 0, end: 5 });
  });

  it('is satisfied by the glossary term with a Korean particle', () => {
    expect(codes(qa('Gubernur Jateng meninjau lokasi banjir.', '중부 자바 주지사가 홍수 현장을 점검했다.'))).toEqual([]);
  });

  it('checks speaker spellings from the registry, falling back to the canonical name', () => {
    expect(qa('Ganjar Pranowo meninjau lokasi banjir.', '간자르 프라노보가 홍수 현장을 점검했다.')).toContainEqual(
      expect.objectContaining({ code: 'speakerSpelling', params: { name: 'Ganjar Pranowo', expected: '간자르 프라노워' } }),
    );
    expect(codes(qa('Ganjar Pranowo meninjau lokasi banjir.', '간자르 프라노워가 홍수 현장을 점검했다.'))).toEqual([]);
    // a short alias in the source is matched by one word of the spelling
    expect(codes(qa('Menurut Ganjar, air mulai surut.', '간자르에 따르면 물이 빠지기 시작했다.'))).toEqual([]);
    // no Korean spelling set for Retno Marsudi: the canonical name is expected
    expect(qa('Retno Marsudi bertemu Menlu Korsel.', 'Retno Marsoedi met the South Korean Foreign Minister.', {}, ['id', 'en'])).toContainEqual(
      expect.objectContaining({ code: 'speakerSpelling', params: { name: 'Retno Marsudi', expected: 'Retno Marsudi' } }),
    );
  });
});

describe('runQa: quotes, text and length', () => {
  const quote = (kind: 'direct' | 'indirect', status: QuoteAnnotation['status'] = 'confirmed'): QuoteAnnotation => ({
    id: 'q1', kind, anchor: { start: 0, end: 10, exact: 'x', prefix: '', suffix: '' }, speakerId: 'sp1', cue: 'kata',
    confidence: 0.9, status, verification: 'unverified', sourceNote: '', comments: [], needsReview: false,
  });

  it('flags a direct quote that lost its quote marks, from annotations or source marks', () => {
    const src = '"Kami siap menghadapi banjir," kata Ganjar.';
    expect(codes(qa(src, '간자르는 홍수에 대비할 준비가 됐다고 말했다.'))).toContain('quoteMissing');
    expect(codes(qa(src, '“홍수에 대비할 준비가 됐다”고 간자르는 말했다.'))).not.toContain('quoteMissing');
    const indirect = qa('Ganjar mengatakan pihaknya siap.', '간자르는 준비가 됐다고 말했다.', { quotesBySegment: { s1: [quote('indirect')] } });
    expect(codes(indirect)).toEqual([]);
    const annotated = qa('Kami siap, kata Ganjar.', '간자르는 준비가 됐다고 말했다.', { quotesBySegment: { s1: [quote('direct')] } });
    expect(codes(annotated)).toEqual(['quoteMissing']);
    const rejected = qa('Kami siap, kata Ganjar.', '간자르는 준비가 됐다고 말했다.', { quotesBySegment: { s1: [quote('direct', 'rejected')] } });
    expect(codes(rejected)).toEqual([]);
  });

  it('flags unbalanced quotes unless the source is open the same way (a multi-paragraph quote)', () => {
    expect(codes(qa('"Kami siap," kata Ganjar.', '“준비됐다,” 간자르가 말했다.'))).toEqual([]);
    expect(codes(qa('"Kami siap," kata Ganjar.', '“준비됐다, 간자르가 말했다.'))).toContain('unbalancedQuotes');
    expect(codes(qa('"Kami siap menghadapi banjir.', '“홍수에 대비할 준비가 됐다.'))).toEqual([]);
  });

  it('flags an empty target (and nothing else), a copied source, a double space and end punctuation', () => {
    expect(qa('Banjir melanda Semarang.', '  ')).toEqual([{ segmentId: 's1', code: 'emptyTarget', severity: 'error', params: {} }]);
    expect(codes(qa('Banjir melanda Semarang sejak pagi.', 'Banjir melanda Semarang sejak pagi.'))).toContain('targetEqualsSource');
    expect(codes(qa('Jakarta', 'Jakarta', {}, ['id', 'en']))).toEqual([]);
    const ds = qa('Banjir melanda Semarang.', '홍수가  스마랑을 덮쳤다.');
    expect(ds.find((f) => f.code === 'doubleSpace')?.range).toEqual({ start: 3, end: 5 });
    expect(qa('Apakah banjir akan surut?', '홍수가 줄어들까.').find((f) => f.code === 'endPunctuation')?.params).toEqual({ source: '?', target: '.' });
    expect(codes(qa('"Kami siap."', '“준비됐다.”'))).toEqual([]);
  });

  it('flags length outliers for the language pair (Korean is shorter in characters)', () => {
    const src = 'Pemerintah Provinsi Jawa Tengah menyiapkan bantuan bagi warga terdampak banjir di Semarang.';
    const good = '중부 자바 주정부는 스마랑 홍수 피해 주민을 위한 지원을 준비했다.';
    expect(codes(qa(src, good))).toEqual([]);
    const padded = `${good} ${good}`;
    const long = qa(src, padded).find((f) => f.code === 'lengthRatio')!;
    expect(long.params).toMatchObject({ expected: 0.42, min: 0.21, max: 0.76 });
    expect(Number(long.params.ratio)).toBeGreaterThan(0.76);
    const en = 'The Central Java provincial government prepared aid.';
    expect(codes(qa(src, en, {}, ['id', 'en']))).toEqual([]);
    expect(codes(qa(src, 'Aid.', {}, ['id', 'en']))).toContain('lengthRatio');
  });
});

describe('runQa: plumbing', () => {
  it('drops findings the translator ignored on that segment', () => {
    const input: QaInput = {
      sourceLang: 'id', targetLang: 'ko', glossary,
      segments: [
        { id: 'a', source: 'Sebanyak 1.234 orang mengungsi.', target: '많은 사람이 대피했다.', ignoredQa: ['numberMissing'] },
        { id: 'b', source: 'Sebanyak 1.234 orang mengungsi.', target: '많은 사람이 대피했다.' },
      ],
    };
    expect(runQa(input).map((f) => [f.segmentId, f.code])).toEqual([['b', 'numberMissing']]);
  });

  it('can run a subset of checks and summarises findings', () => {
    const f = runQa({ sourceLang: 'id', targetLang: 'ko', glossary, only: ['forbiddenTerm'], segments: [{ id: 'a', source: 'Gubernur Jateng.', target: '자바 중부 도지사  ' }] });
    expect(codes(f)).toEqual(['forbiddenTerm', 'forbiddenTerm']);
    expect(summarise([...f, { segmentId: 'a', code: 'doubleSpace', severity: 'warning', params: {} }])).toEqual({
      errors: 2, warnings: 1, byCode: { forbiddenTerm: 2, doubleSpace: 1 },
    });
  });

  it('rejects an unsupported language with an AppError', () => {
    expect(() => runQa({ sourceLang: 'fr' as Lang, targetLang: 'ko', segments: [] })).toThrow(AppError);
  });

  it('declares twelve codes', () => {
    expect(QA_CODES).toHaveLength(12);
  });
});
