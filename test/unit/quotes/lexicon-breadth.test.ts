// Reporting verbs, roles and constructions added for the blind3 round: one sentence each, speaker checked.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../main/core/quotes';
import type { Lang } from '../../../preload/contract/define';

/** [kind, start of the quote, speaker name] for every detection. */
const run = (text: string, lang: Lang) => detect(text, lang).quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);

describe('quote lexicons (en)', () => {
  it('takes inflected reporting verbs and plural present tails', () => {
    expect(run('Economists at Goldman Sachs now predict only two rate cuts this year.', 'en')).toEqual([
      ['indirect', 'only two rate cuts this year', 'Economists'],
    ]);
    expect(run('The central bank will hold rates, economists say.', 'en')).toEqual([['indirect', 'The central bank will hold rates', 'economists']]);
    expect(run('Judge Amy Berman Jackson ruled that the evidence was admissible.', 'en')[0]).toEqual(['indirect', 'the evidence was admissible', 'Amy Berman Jackson']);
  });

  it('never takes a possessive for the speaker and keeps a title out of the name', () => {
    const text = "Japan's top currency diplomat, Masato Kanda, told reporters that the yen was too weak.\nFlorida Gov. Ron DeSantis said the state was ready.";
    expect(run(text, 'en').map((q) => q[2])).toEqual(['Masato Kanda', 'Ron DeSantis']);
  });

  it('reads "the 31-year-old" as pointing back and a clause after ", and" as having its own subject', () => {
    const text =
      'Hurricane Milton strengthened on Monday, and forecasters warned it could bring a storm surge.\n' +
      'Brighton coach Fabian Hurzeler praised his players. "I\'m proud of the reaction," the 31-year-old said.';
    expect(run(text, 'en').map((q) => q[2])).toEqual(['forecasters', 'Fabian Hurzeler']);
  });
});

describe('quote lexicons (id)', () => {
  it('takes memperingatkan, bilang and a request with "tetap"', () => {
    const text =
      'Prakirawan BMKG, Yoga Sambodo, memperingatkan hujan lebat masih berpotensi terjadi.\n' +
      'Seorang pengungsi, Siti Maemunah (54), bilang ia belum sempat menyelamatkan barang.\n' +
      'Ketua majelis hakim Eko Aryanto meminta terdakwa tetap kooperatif selama persidangan.';
    expect(run(text, 'id').map((q) => [q[0], q[2]])).toEqual([
      ['indirect', 'Yoga Sambodo'],
      ['indirect', 'Siti Maemunah'],
      ['indirect', 'Eko Aryanto'],
    ]);
  });

  it('keeps a role and the body acronym after it out of the name', () => {
    const text = 'Dokter spesialis anak RSHS, dr. Nelly Amalia, menjelaskan sebagian besar pasien adalah anak.\nKabid Binpres PBSI Eng Hian menegaskan evaluasi akan dilakukan.';
    expect(run(text, 'id').map((q) => q[2])).toEqual(['Nelly Amalia', 'Eng Hian']);
  });
});

describe('quote lexicons (ko)', () => {
  it('strips a party or group before the name and reads 측 as a speaking party', () => {
    const text =
      '국민의힘 추경호 원내대표는 "민생을 볼모로 한 폭거"라고 비판했다.\n뉴진스 멤버 민지는 "계약은 해지된다"고 말했다.\n어도어 측은 즉각 입장문을 내고 계약은 여전히 유효하다고 반박했다.';
    expect(run(text, 'ko').map((q) => q[2])).toEqual(['추경호', '민지', '어도어']);
  });

  it('reads "…다는 입장이다" and "…다며 …당부했다" as reported speech', () => {
    const text = '금융위원회는 시장 상황을 면밀히 점검하고 있다는 입장이다.\n우진규 기상청 통보관은 최대 순간풍속이 초속 40m에 이를 수 있다며 외출 자제를 당부했다.';
    expect(run(text, 'ko').map((q) => [q[0], q[2]])).toEqual([
      ['indirect', '금융위원회'],
      ['indirect', '우진규'],
    ]);
  });
});

describe('speaker phrases found in blind4', () => {
  it('keeps a title dot, a place adjunct and a lower-case plural group right (en)', () => {
    const text =
      'Junior doctors walked out, and hospital leaders warned that patient safety was at risk.\n' +
      '"We did not take this lightly," said Dr. Vivek Trivedi, co-chair of the committee.\n' +
      "Outside St Thomas' Hospital, nurse Aisha Bello, 29, said she supported the doctors.";
    expect(run(text, 'en').map((q) => q[2])).toEqual(['hospital leaders', 'Vivek Trivedi', 'Aisha Bello']);
  });

  it('reads "bek yang … itu" as the captain met before (id)', () => {
    const text = 'Kapten timnas Jay Idzes mengakui lawan sangat kuat.\n"Kami harus disiplin," tutur bek yang bermain di Serie A itu.';
    expect(run(text, 'id').map((q) => q[2])).toEqual(['Jay Idzes', 'Jay Idzes']);
  });

  it('drops an adnominal verb and a team name before a Korean name, and knows a 학회 (ko)', () => {
    const text =
      '최우수선수로 뽑힌 김선빈은 "꿈에 그리던 순간"이라고 말했다.\n삼성 라이온즈 박진만 감독은 "결과는 아쉽지만 큰 경험을 했다"고 평가했다.\n' +
      '대한응급의학회는 성명을 내고 "근본 문제를 외면한 대책"이라고 비판했다.';
    expect(run(text, 'ko').map((q) => q[2])).toEqual(['김선빈', '박진만', '대한응급의학회']);
  });
});
