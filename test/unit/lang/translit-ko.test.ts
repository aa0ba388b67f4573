// Indonesian/Malay names in Hangul: published spellings (sources cited per group), rule details, exceptions.
import { describe, it, expect } from 'vitest';
import { suggestKoreanSpelling, transliterateToKorean } from '../../../main/core/lang/translit-ko';

/**
 * Source: 국립국어원, 외래어 표기법 — 말레이인도네시아어 자모와 한글 대조표 (문화관광부 고시 제2004-11호,
 * 2004-12-20), the examples (보기) printed in the table itself. gudêg is written with ê to mark its pepet e,
 * which the plain spelling does not show.
 */
const INSTITUTE_TABLE: [string, string][] = [
  ['Bali', '발리'],
  ['Abdul', '압둘'],
  ['Najib', '나집'],
  ['Bromo', '브로모'],
  ['Ceto', '체토'],
  ['Aceh', '아체'],
  ['Mac', '마츠'],
  ['Denpasar', '덴파사르'],
  ['Ahmad', '아맛'],
  ['Idris', '이드리스'],
  ['Fuji', '푸지'],
  ['Arifin', '아리핀'],
  ['gamelan', '가믈란'],
  ['gudêg', '구득'],
  ['Nugroho', '누그로호'],
  ['Halmahera', '할마헤라'],
  ['Johor', '조호르'],
  ['Ipoh', '이포'],
  ['Jambi', '잠비'],
  ['Majapahit', '마자파힛'],
  ['mikraj', '미크라즈'],
  ['Kalimantan', '칼리만탄'],
  ['batik', '바틱'],
  ['Krakatau', '크라카타우'],
  ['khas', '하스'],
  ['akhbar', '악바르'],
  ['Fakhrudin', '파크루딘'],
  ['Lombok', '롬복'],
  ['Palembang', '팔렘방'],
  ['Bangsal', '방살'],
  ['Maluku', '말루쿠'],
  ['bemo', '베모'],
  ['Iram', '이람'],
  ['Nias', '니아스'],
  ['Sukarno', '수카르노'],
  ['Prambanan', '프람바난'],
  ['Ngarai', '응아라이'],
  ['bonang', '보낭'],
  ['Bandung', '반둥'],
  ['Padang', '파당'],
  ['Yap', '얍'],
  ['Suprana', '수프라나'],
  ['furqan', '푸르칸'],
  ['Taufiq', '타우픽'],
  ['ringgit', '링깃'],
  ['Rendra', '렌드라'],
  ['asar', '아사르'],
  ['Sabah', '사바'],
  ['Brastagi', '브라스타기'],
  ['Gemas', '게마스'],
  ['Timor', '티모르'],
  ['Jakarta', '자카르타'],
  ['Rahmat', '라맛'],
  ['Trisno', '트리스노'],
  ['Valina', '발리나'],
  ['Eva', '에바'],
  ['Lovina', '로비나'],
  ['xenon', '세논'],
  ['zakat', '자캇'],
  ['Azlan', '아즐란'],
  ['Haz', '하즈'],
  ['Wamena', '와메나'],
];

/** Source: 국립국어원 외래어 표기 용례 (지명), as used by Korean media for these cities and regions. */
const INSTITUTE_PLACES: [string, string][] = [
  ['Surabaya', '수라바야'],
  ['Semarang', '스마랑'],
  ['Yogyakarta', '욕야카르타'],
  ['Medan', '메단'],
  ['Makassar', '마카사르'],
  ['Sulawesi', '술라웨시'],
  ['Sumatra', '수마트라'],
  ['Jawa', '자와'],
  ['Selangor', '슬랑오르'],
  ['Kelantan', '클란탄'],
  ['Melaka', '믈라카'],
];

/** Source: 연합뉴스 (Yonhap) reporting on Indonesia and Malaysia — people and places as Yonhap writes them. */
const YONHAP: [string, string][] = [
  ['Joko Widodo', '조코 위도도'],
  ['Prabowo Subianto', '프라보워 수비안토'],
  ['Susilo Bambang Yudhoyono', '수실로 밤방 유도요노'],
  ['Megawati Soekarnoputri', '메가와티 수카르노푸트리'],
  ['Soeharto', '수하르토'],
  ['Gibran Rakabuming Raka', '기브란 라카부밍 라카'],
  ['Ganjar Pranowo', '간자르 프라노워'],
  ['Retno Marsudi', '레트노 마르수디'],
  ['Luhut Binsar Pandjaitan', '루훗 빈사르 판자이탄'],
  ['Basuki Tjahaja Purnama', '바수키 차하야 푸르나마'],
  ['Airlangga Hartarto', '아이를랑가 하르타르토'],
  ['Anwar Ibrahim', '안와르 이브라힘'],
  ['Najib Razak', '나집 라작'],
  ['Mahathir', '마하티르'],
  ['Nusantara', '누산타라'],
  ['Borobudur', '보로부두르'],
  ['Balikpapan', '발릭파판'],
  ['Pontianak', '폰티아낙'],
  ['Manado', '마나도'],
  ['Jayapura', '자야푸라'],
  ['Putrajaya', '푸트라자야'],
  ['Sarawak', '사라왁'],
];

describe('transliterateToKorean: published spellings', () => {
  it('has at least 30 published names to check against', () => {
    expect(INSTITUTE_TABLE.length + INSTITUTE_PLACES.length + YONHAP.length).toBeGreaterThanOrEqual(30);
  });
  for (const [group, list] of [
    ['Institute table examples', INSTITUTE_TABLE],
    ['Institute place names', INSTITUTE_PLACES],
    ['Yonhap', YONHAP],
  ] as const) {
    it(`matches every ${group} spelling`, () => {
      const wrong = list
        .map(([latin, hangul]) => ({ latin, want: hangul, got: transliterateToKorean(latin) }))
        .filter((r) => r.got !== r.want);
      expect(wrong).toEqual([]);
    });
  }
});

describe('transliterateToKorean: rules', () => {
  it('writes pepet e as 으 and taling é as 에, honouring explicit marks', () => {
    expect(transliterateToKorean('Semarang')).toBe('스마랑');
    expect(transliterateToKorean('Sémarang')).toBe('세마랑');
    expect(transliterateToKorean('Kediri')).toBe('크디리');
    expect(transliterateToKorean('Ende')).toBe('엔데'); // start and end of a word: é
  });
  it('c is ㅊ and j is ㅈ; ny and sy join the vowel', () => {
    expect(transliterateToKorean('Cikarang')).toBe('치카랑');
    expect(transliterateToKorean('Nyoman')).toBe('뇨만');
    expect(transliterateToKorean('Syahrir')).toBe('샤리르');
  });
  it('closes syllables with k/p/t/m/n/ng/l and drops h before a consonant or at the end', () => {
    expect(transliterateToKorean('Bukit')).toBe('부킷');
    expect(transliterateToKorean('Sultan')).toBe('술탄');
    expect(transliterateToKorean('Pasuruan')).toBe('파수루안');
    expect(transliterateToKorean('Sabah')).toBe('사바');
  });
  it('keeps the diphthongs ai, au, oi as two vowels', () => {
    expect(transliterateToKorean('Dumai')).toBe('두마이');
    expect(transliterateToKorean('Riau')).toBe('리아우');
    expect(transliterateToKorean('amboi')).toBe('암보이');
  });
  it('writes a doubled consonant once and k + w as one syllable', () => {
    expect(transliterateToKorean('Hassan')).toBe('하산');
    expect(transliterateToKorean('Muhammad')).toBe('무하맛');
    expect(transliterateToKorean('Kwini')).toBe('퀴니');
    expect(transliterateToKorean('Dwi')).toBe('드위');
  });
  it('reads old spellings (oe, dj, tj, ch) and the Malaysian ch', () => {
    expect(transliterateToKorean('Soekarno')).toBe('수카르노');
    expect(transliterateToKorean('Djakarta')).toBe('자카르타');
    expect(transliterateToKorean('Kuching', { variety: 'ms' })).toBe('쿠칭');
    expect(transliterateToKorean('Sumatera')).toBe('수마트라');
  });
  it('joins hyphenated parts, keeps acronyms, initials and punctuation', () => {
    expect(transliterateToKorean('Soekarno-Hatta')).toBe('수카르노하타');
    expect(transliterateToKorean('B. J. Habibie')).toBe('B. J. 하비비');
    expect(transliterateToKorean('Mahfud MD')).toBe('마풋 MD');
    expect(transliterateToKorean('(Jakarta),')).toBe('(자카르타),');
    expect(transliterateToKorean('  ')).toBe('');
  });
});

describe('suggestKoreanSpelling', () => {
  it('says whether the rules or an established spelling produced it', () => {
    expect(suggestKoreanSpelling('Bandung')).toEqual({ value: '반둥', source: 'rule' });
    expect(suggestKoreanSpelling('Indonesia')).toEqual({ value: '인도네시아', source: 'exception' });
    expect(suggestKoreanSpelling('Malaysia')).toEqual({ value: '말레이시아', source: 'exception' });
  });
  it('matches multi-word exceptions as phrases, hyphen or space', () => {
    expect(transliterateToKorean('Kuala Lumpur')).toBe('쿠알라룸푸르');
    expect(transliterateToKorean('Timor-Leste')).toBe('동티모르');
    expect(transliterateToKorean('Timor Leste')).toBe('동티모르');
    expect(transliterateToKorean('Korea Selatan')).toBe('한국');
    expect(transliterateToKorean('Presiden Korea Utara')).toBe('프르시덴 북한');
    expect(suggestKoreanSpelling('Seoul').source).toBe('exception');
  });
});
