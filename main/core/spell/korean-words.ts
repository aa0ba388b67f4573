// Korean lookup beyond the dictionary: particles and endings stripped from an eojeol, nouns written together
// (수상소감 = 수상 + 소감), and personal names (a common surname and a given name).

const ENDINGS = (
  '이 가 은 는 을 를 의 에 에서 에게 께 께서 와 과 도 만 로 으로 라고 이라고 고 까지 부터 보다 처럼 마다 이나 나 ' +
  '랑 이랑 하고 에는 에서는 에게는 로는 으로는 와는 과는 조차 밖에 이다 다 였다 이었다 이며 며 이고 인 ' +
  '이었던 였던 이라는 라는 이란 란 씨 측 등 쪽 에도 에서도 로도 으로도 와의 과의 에서의 로서 으로서 로써 으로써 ' +
  '만의 만을 만이 까지의 부터의 이라며 라며 이지만 지만 이라도 라도 에게서 한테 한테서 들 들이 들은 들을 들의 들에게 ' +
  '하다 했다 했고 하며 하는 한 할 해 해서 하고 하면 했던 하게 하기 함 됐다 됐고 되는 된 될 돼 되며 되고 되어 ' +
  '이다 이었다 였으며 이었으며 으로의 로의 이라면 라면 인데 이던 이자 에선 에서만 으로서의'
).split(' ');
const ENDING_SET = new Set(ENDINGS);
const MAX_ENDING = Math.max(...ENDINGS.map((e) => e.length));

// The commonest Korean surnames (about 95% of people): a three-syllable word after one is read as a name.
const SURNAMES = new Set(
  ('김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 ' +
    '우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 ' +
    '인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 갈').split(' '),
);

/** The eojeol and what is left with a particle or ending taken off (정부는 → 정부, 발표했다 → 발표). */
export function koreanStems(eojeol: string): string[] {
  const out = [eojeol];
  for (let n = 1; n <= MAX_ENDING && n < eojeol.length; n++) {
    if (ENDING_SET.has(eojeol.slice(-n))) out.push(eojeol.slice(0, -n));
  }
  return out;
}

// One-syllable Sino-Korean affixes that attach to nouns: 신(新)행정부, 대(對)테러, 캘리포니아주(州), 흉기난동범(犯).
const PREFIX_1 = new Set('약 강 역 순 신 구 대 소 초 반 비 재 총 부 전 현 친 탈 고 저 무 미 불 최 준 제 각 본 당 타 양 다 중'.split(' '));
const SUFFIX_1 = new Set(
  '주 범 발 상 팀 적 성 화 권 자 가 인 층 째 률 율 비 료 장 사 원 부 청 처 국 실 과 단 회 측 내 외 간 별 용 식 형 급 당 관 계 위 안 법 세 금 제 선 전 시 도 군 구 동 면 리 역 항 점 판 계 론 설 책 차'.split(
    ' ',
  ),
);

/**
 * True when the stem is known nouns written together (each at least two syllables, up to four), optionally
 * with a one-syllable noun prefix or suffix (신행정부, 흉기난동범).
 */
export function isKoreanCompound(stem: string, known: (w: string) => boolean, parts = 4): boolean {
  if (stem.length >= 3 && PREFIX_1.has(stem[0]) && (known(stem.slice(1)) || splits(stem.slice(1), known, parts))) return true;
  if (stem.length >= 3 && SUFFIX_1.has(stem.at(-1)!) && (known(stem.slice(0, -1)) || splits(stem.slice(0, -1), known, parts))) return true;
  return splits(stem, known, parts);
}

function splits(stem: string, known: (w: string) => boolean, parts: number): boolean {
  if (parts < 2 || stem.length < 4) return false;
  for (let i = 2; i <= stem.length - 2; i++) {
    if (!known(stem.slice(0, i))) continue;
    const rest = stem.slice(i);
    if (known(rest) || splits(rest, known, parts - 1)) return true;
    if (rest.length >= 3 && SUFFIX_1.has(rest.at(-1)!) && known(rest.slice(0, -1))) return true;
  }
  return false;
}

// Syllables Korean writes almost only when transliterating foreign words and names (마틴, 토드, 필립스, 벤투).
const LOAN_SYLLABLES = new Set(
  '드 스 즈 르 프 트 크 브 츠 튼 틴 티 커 맨 얀 쿠 퀸 펠 렌 벤 넥 닉 믹 텐 펜 켄 헨 덴 멘 젠 첸 셴 슈 샤 셰 쇼 쥬 챠 츄 퓨 뷰 듀 뉴 휴 톰 톤 폴 필 립 킨 폰 케 캘 칼 쿤 툰 룬 론 렉 락 렛 롯 빌 밀 윌 잭 잰 펄 헐 컬 셀 엘 델 벨 웰 젤 텔 펠'.split(' '),
);

/** A word the dictionary lacks that is written like a transliteration (two syllables or more). */
export const looksTransliterated = (stem: string) => stem.length >= 2 && [...stem].some((c) => LOAN_SYLLABLES.has(c));

/**
 * 봉준호, 손흥민: a common surname followed by a two-syllable given name — unless the first two syllables are
 * a word (정부갸 is 정부 with a typo, not a person); 김, 이 and 박 (nearly half of all Koreans) keep the name.
 */
export const looksLikeKoreanName = (stem: string, known: (w: string) => boolean = () => false) =>
  stem.length === 3 && SURNAMES.has(stem[0]) && /^[가-힣]{3}$/.test(stem) && (TOP3.has(stem[0]) || !known(stem.slice(0, 2)));
const TOP3 = new Set(['김', '이', '박']);
