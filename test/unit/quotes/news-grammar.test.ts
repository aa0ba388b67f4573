// Grammar found missing on real published news (datelines, long role chains, interposed cues, broadcast brackets,
// clause subjects), each checked with sentences written for this test.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../main/core/quotes';
import type { Lang } from '../../../preload/contract/define';

function quoteWith(text: string, lang: Lang, part: string, kind: 'direct' | 'indirect') {
  return detect(text, lang).quotes.find((x) => x.kind === kind && x.text.includes(part));
}
function speakerOf(text: string, lang: Lang, part: string, kind: 'direct' | 'indirect' = 'direct'): string | null {
  const q = quoteWith(text, lang, part, kind);
  expect(q, `no ${kind} quote containing "${part}"`).toBeDefined();
  return q?.speaker?.name ?? null;
}

describe('id: real-news grammar', () => {
  it('a dateline after a headline paragraph is no part of the speaker', () => {
    const text = 'Harga Beras Naik Lagi\n\nSurabaya, WARTAKITA - Menteri Perdagangan Budi Santosa mengatakan harga beras akan turun bulan depan.';
    expect(speakerOf(text, 'id', 'harga beras akan turun', 'indirect')).toBe('Budi Santosa');
  });

  it('the name closing a long role phrase is the person, not the first capitalised run', () => {
    const text = 'Kepala Pusat Riset Iklim dan Cuaca Ekstrem (Kapusrisklim) BMKG Rina Hartati mengatakan, hujan lebat masih akan turun.';
    expect(speakerOf(text, 'id', 'hujan lebat', 'indirect')).toBe('Rina Hartati');
  });

  it('"Penulis … ini" points back to the person named just before, not to a title it lists', () => {
    const text = 'Begitulah pandangan Dewi Lestari soal sastra. Penulis novel, antara lain, Langit Merah dan Kota Hujan ini menyebutkan, minat baca terus naik.';
    expect(speakerOf(text, 'id', 'minat baca', 'indirect')).toBe('Dewi Lestari');
  });

  it('a fronted phrase before a pronoun or a bare name is no part of the subject', () => {
    const text =
      'Kapolres Bantul AKBP Hadi Wibowo mengatakan pelaku sudah ditahan. Lebih jauh, usai penggeledahan, ia mengatakan pihaknya menyita dua motor.\n' +
      'Hasil penyelidikan awal, Wibowo mengatakan pelaku bekerja sendiri.';
    expect(speakerOf(text, 'id', 'pihaknya menyita', 'indirect')).toBe('Hadi Wibowo');
    expect(speakerOf(text, 'id', 'pelaku bekerja sendiri', 'indirect')).toBe('Hadi Wibowo');
  });

  it('an interposed "kata X," reports the rest of the sentence', () => {
    const text = 'Ketua RT Ahmad Fauzi menjelaskan kronologi kebakaran. Saat api membesar, kata Fauzi, warga segera memadamkan dengan ember.';
    expect(speakerOf(text, 'id', 'warga segera memadamkan', 'indirect')).toBe('Ahmad Fauzi');
  });

  it('a long capitalised body name speaks as a body', () => {
    const text = 'Dinas Lingkungan Hidup Daerah (DLHD) Kota Bogor mengklaim volume sampah sudah berkurang separuh.';
    expect(speakerOf(text, 'id', 'volume sampah', 'indirect')).toContain('Dinas Lingkungan Hidup Daerah');
  });

  it('a short form keeping the end of a name is the same person', () => {
    const text = 'Kapolsek Ngaliyan, Kompol Suyatno mengatakan jalan sudah dibuka. "Arus lalu lintas kembali normal," kata Yatno.';
    expect(speakerOf(text, 'id', 'Arus lalu lintas')).toBe('Suyatno');
  });
});

describe('en: real-news grammar', () => {
  it('a long chain of titles between the quote and the verb is the speaker', () => {
    const text =
      '"The bridge will reopen next week," Head of the Roads Division of the Regional Transport Agency Colonel Anton Wirawan stated at a briefing on Monday.';
    expect(speakerOf(text, 'en', 'The bridge will reopen')).toBe('Anton Wirawan');
    expect(detect(text, 'en').quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('lower-case modifiers, a role and a name after the quote', () => {
    const text = 'Floods hit the coast on Monday.\n"Two bridges have collapsed," flood relief agency spokeswoman Maya Lestari said.';
    expect(speakerOf(text, 'en', 'Two bridges')).toBe('Maya Lestari');
  });

  it('initials keep their dots in the name', () => {
    const text = 'Senator J.D. Harlow said that the vote would be close.';
    expect(speakerOf(text, 'en', 'the vote would be close', 'indirect')).toBe('J.D. Harlow');
  });

  it('", told a briefing" names a listener, never a speaker', () => {
    const text = '"Talks will resume soon," Kim Soo-min, a ministry spokeswoman, told a regular press briefing.';
    const r = detect(text, 'en');
    expect(r.speakers.map((s) => s.name)).not.toContain('regular press briefing');
    expect(r.quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('a relative "that" inside the content is no complementizer', () => {
    const text = 'Lee said rising demand for chips that are made abroad has lifted prices.';
    expect(quoteWith(text, 'en', 'rising demand for chips', 'indirect')).toBeDefined();
  });

  it('"has indicated it would" reports a statement; background "after X signaled it could" does not', () => {
    expect(quoteWith('The central bank has indicated it would cut rates in June.', 'en', 'it would cut rates', 'indirect')).toBeDefined();
    expect(detect('Stocks rose after the bank signaled it could cut rates.', 'en').quotes).toEqual([]);
  });

  it("a participle's speaker is the sentence subject", () => {
    const text = 'The health ministry, responding to a newspaper report, urged calm on Friday, saying the outbreak was under control.';
    expect(speakerOf(text, 'en', 'the outbreak was under control', 'indirect')).toBe('health ministry');
  });
});

describe('ko: real-news grammar', () => {
  it('bracketed broadcast quotes name the first part of the bracket; an anonymised name is a name', () => {
    const text =
      '[앵커]\n\n오늘 법원이 영장을 발부했습니다.\n\n[박○○/사기 피의자/음성변조 : "정말 죄송합니다."]\n\n[김민수/한국대 법학과 교수 : "처벌이 약하다는 지적이 많습니다."]';
    expect(speakerOf(text, 'ko', '정말 죄송합니다')).toBe('박○○');
    expect(speakerOf(text, 'ko', '처벌이 약하다')).toBe('김민수');
  });

  it('an outlet tag in brackets is a dateline, not part of the subject', () => {
    const text = '제목\n\n[한국경제]김영희 산업부 장관이 1일 “수출이 회복되고 있다”고 말했다.';
    expect(speakerOf(text, 'ko', '수출이 회복')).toBe('김영희');
  });

  it('a quote broken over a paragraph runs on to the mark that closes it', () => {
    const text = '이철수 의원은 “이번 예산은 너무 적다.\n\n다시 논의해야 한다”고 말했다.';
    const q = quoteWith(text, 'ko', '이번 예산은', 'direct');
    expect(q?.text).toContain('다시 논의해야 한다');
    expect(q?.speaker?.name).toBe('이철수');
  });

  it('the subject of the clause holding the quote beats the topic opening the sentence', () => {
    const text = '박 장관은 회의 직후, 옆에 있던 최민호 국토부 장관이 “수고 많으셨죠?”라는 말을 하자 “정말 힘들다”고 말했다.\n\n박영수 장관은 앞서 사과했다.';
    expect(speakerOf(text, 'ko', '수고 많으셨죠')).toBe('최민호');
  });

  it('"X이 … 이같이 밝혔다" names the speaker of the quote before it', () => {
    const text = '“끝까지 싸워준 동료들에게 고맙다.”\n\n이강민이 4일 경기를 마친 뒤 이같이 밝혔다.';
    expect(speakerOf(text, 'ko', '끝까지 싸워준')).toBe('이강민');
  });

  it('a body opening a sentence speaks on when the next quote drops its subject', () => {
    const text = '한국개발연구원(KDI)이 올해 성장률 전망을 낮췄다. 수출 부진에 대해서는 “당분간 회복이 어렵다”고 평가했다.';
    expect(speakerOf(text, 'ko', '당분간 회복')).toBe('한국개발연구원');
  });

  it('a topic after an embedded clause has ended belongs to the reported content', () => {
    const text = '경찰 대변인이 사건을 설명했다.\n\n부상자 10명 중 7명은 병원에 입원했고, 나머지는 귀가했다고 덧붙였다.';
    expect(speakerOf(text, 'ko', '부상자 10명', 'indirect')).not.toBe('나머지');
  });
});
