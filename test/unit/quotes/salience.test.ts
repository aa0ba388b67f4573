// Who "he" / "-nya" / "그는" means, contracted names (Jokowi, 조코위), and unnamed groups of officials as speakers.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../main/core/quotes';
import type { Lang } from '../../../preload/contract/define';

/** Speaker name of the first quote of `kind` whose text contains `part`. */
function speakerOf(text: string, lang: Lang, part: string, kind: 'direct' | 'indirect' = 'direct'): string | null | undefined {
  const q = detect(text, lang).quotes.find((x) => x.kind === kind && x.text.includes(part));
  expect(q, `no ${kind} quote containing "${part}"`).toBeDefined();
  return q?.speaker?.name ?? null;
}

describe('pronouns resolve to the subject of the previous sentence when it is a person', () => {
  it('en: "he said" after a newly introduced official, not the earlier speaker', () => {
    const text =
      '"We have moved the relationship forward," U.S. Trade Representative Katherine Tai told reporters.\n' +
      'U.S. Agriculture Secretary Tom Baker struck a more upbeat tone. "This is a good deal," he said.';
    expect(speakerOf(text, 'en', 'We have moved')).toBe('Katherine Tai');
    expect(speakerOf(text, 'en', 'This is a good deal')).toBe('Tom Baker');
  });

  it('en: a known name as subject ("Lee, who …, has …") takes the focus too', () => {
    const text =
      '"Prices are falling," Finance Minister Choi Sang-mok said.\n' +
      'Opposition leader Lee Jae-myung spoke later. "Families are struggling," he said.\n' +
      '"The numbers are clear," Choi said. Lee, who lost the last election, has made housing his theme. "We will fight on," he said.';
    expect(speakerOf(text, 'en', 'Families are struggling')).toBe('Lee Jae-myung');
    expect(speakerOf(text, 'en', 'The numbers are clear')).toBe('Choi Sang-mok');
    expect(speakerOf(text, 'en', 'We will fight on')).toBe('Lee Jae-myung');
  });

  it('en: a subject that is not a person leaves the last speaker in place', () => {
    const text = '"Demand is strong," said Anthony Tan, chief executive of Grab.\nGrab Holdings posted a profit on Tuesday. "We are not done yet," he said.';
    expect(speakerOf(text, 'en', 'We are not done yet')).toBe('Anthony Tan');
  });

  it('id: "Menteri X tiba di lokasi. “…,” ujarnya." goes to the minister', () => {
    const text =
      'Kepala Bapanas Arief Prasetyo Adi mengatakan, stok beras aman. "Stok cukup sampai Lebaran," kata Arief.\n' +
      'Sementara itu, Menteri Perdagangan Zulkifli Hasan tiba di lokasi. "Harga mulai turun," ujarnya.\n' +
      'Basuki mendampingi Presiden berkeliling. "Bendungan ini tahan gempa," ucapnya.';
    expect(speakerOf(text, 'id', 'Stok cukup')).toBe('Arief Prasetyo Adi');
    expect(speakerOf(text, 'id', 'Harga mulai turun')).toBe('Zulkifli Hasan');
    // An unknown bare name as subject creates no one: the last speaker carries on.
    expect(speakerOf(text, 'id', 'Bendungan ini')).toBe('Zulkifli Hasan');
  });

  it('ko: 그는 after a subject marked 도 that opens the sentence', () => {
    const text =
      '박상우 국토교통부 장관은 21일 "재건축 규제를 풀겠다"고 말했다.\n' +
      '최상목 경제부총리 겸 기획재정부 장관도 이날 회의를 주재했다. 그는 "불안 심리를 잠재우는 것이 최우선"이라고 말했다.';
    expect(speakerOf(text, 'ko', '재건축')).toBe('박상우');
    expect(speakerOf(text, 'ko', '불안 심리')).toBe('최상목');
  });
});

describe('contracted names and role + family name', () => {
  it('en / id: Jokowi is Joko Widodo', () => {
    expect(speakerOf('President Joko Widodo opened the dam on Monday. Jokowi told reporters that he trusted the central bank.', 'en', 'he trusted', 'indirect')).toBe(
      'Joko Widodo',
    );
    const id = 'Presiden Joko Widodo meresmikan bendungan. "Petani bisa tanam tiga kali," kata Jokowi.\nPresiden Jokowi juga mengatakan pupuk akan ditambah tahun ini.';
    expect(speakerOf(id, 'id', 'Petani bisa')).toBe('Joko Widodo');
    expect(speakerOf(id, 'id', 'pupuk akan ditambah', 'indirect')).toBe('Joko Widodo');
  });

  it('ko: 조코위 대통령 is 조코 위도도; 윤 대통령 is 윤석열', () => {
    const text =
      '조코 위도도 인도네시아 대통령이 새 수도를 찾았다.\n조코위 대통령은 기자들에게 “행사는 새 수도에서 열 것”이라고 말했다.\n' +
      '윤석열 대통령은 15일 “역량을 동원하겠다”고 밝혔다. 윤 대통령은 “인구 위기는 국가 존립의 문제”라며 이같이 말했다.';
    expect(speakerOf(text, 'ko', '행사는 새 수도')).toBe('조코 위도도');
    expect(speakerOf(text, 'ko', '인구 위기는')).toBe('윤석열');
  });

  it('a name that merely starts like a known one is someone else', () => {
    const r = detect('Joko Widodo spoke first. "We are ready," said Jokowidjaja Halim, a trader.', 'en');
    expect(r.quotes[0].speaker?.name).toBe('Jokowidjaja Halim');
  });
});

describe('unnamed officials and groups speak as written', () => {
  it('en: "…, officials said." is reported speech by officials', () => {
    expect(speakerOf('A landslide buried a village on Sulawesi, killing at least 14 people, officials said Saturday.', 'en', 'A landslide buried', 'indirect')).toBe(
      'officials',
    );
    expect(speakerOf('A heat wave is expected to break by Sunday, forecasters said.', 'en', 'A heat wave', 'indirect')).toBe('forecasters');
  });

  it('id: "kata pejabat …" and "Menurut warga" name groups, not the last resident quoted', () => {
    const text =
      'Warga Antang, Rosmiati (39), mengatakan banjir tahun ini lebih parah.\nMenurut warga, saluran air di kawasan itu tersumbat sampah.\n' +
      '"Drainase akan kami keruk minggu ini," kata pejabat Dinas PU Makassar.';
    expect(speakerOf(text, 'id', 'saluran air', 'indirect')).toBe('warga');
    expect(speakerOf(text, 'id', 'Drainase')).toBe('pejabat Dinas PU Makassar');
  });

  it('ko: 소방 관계자는 … 밝혔다 is the official, not a person called 소방', () => {
    expect(speakerOf('소방 관계자는 "베란다 쪽에서 불이 시작된 것으로 보인다"고 밝혔다.', 'ko', '베란다')).toBe('소방 관계자');
    expect(speakerOf('현지 언론은 신 감독이 국민 영웅으로 떠올랐다고 전했다.', 'ko', '국민 영웅', 'indirect')).toBe('현지 언론');
  });
});

describe('reported speech that follows a quote', () => {
  it('en: ", adding that …" after a quote is the same speaker\'s reported speech', () => {
    const text = '"We will explain the benefits," Nishimura said, adding that rice would be excluded from the cuts.';
    expect(speakerOf(text, 'en', 'rice would be excluded', 'indirect')).toBe('Nishimura');
  });

  it('id: "meminta X mengusut …" reports a request', () => {
    expect(speakerOf('Anggota Komisi III DPR Habiburokhman meminta Polri mengusut tuntas kasus pemerasan itu.', 'id', 'Polri mengusut', 'indirect')).toBe(
      'Habiburokhman',
    );
    expect(detect('Ia meminta maaf kepada warga atas kejadian itu.', 'id').quotes).toEqual([]);
  });
});
