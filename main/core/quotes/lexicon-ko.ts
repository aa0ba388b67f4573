// Korean word lists: quotative particles, reporting verbs, role nouns, pronouns, connectors and surnames.
const w = (s: string) => s.trim().split(/\s+/);

/** Particles glued to a closing mark: ”라고 / ”고 / ”며 / ”라며 / ”라는. */
export const KO_QUOTATIVE = w(`이라고 라고 고 이라며 라며 며 하며 이라면서 라면서 면서 이라는 라는 란 이란 라고도 고도 하고`);
/** Reporting verb stems (past/plain forms): 말했다, 밝혔다 … */
export const KO_SAY_VERBS = w(`말했 밝혔 전했 강조했 덧붙였 설명했 지적했 주장했 언급했 답했 물었 당부했 토로했 평가했 내다봤
  전망했 예상했 우려했 촉구했 요청했 발표했 시사했 반박했 해명했 부인했 약속했 다짐했 호소했 역설했 자신했 기대했 했 말한 밝힌
  전한 강조한 설명한 주장한 언급한 말하 밝히 전하 강조하 설명하 주장하 언급하 털어놨 꼬집었 귀띔했 소개했 진단했 분석했 당부하
  제안했 경고했 고백했 회고했 확인했 보고했 덧붙이 되물었 말씀하셨 말씀했 비판했 비난했 반박했 꼬집었 일축했 항변했 해명했 예고했 반발했 하소연했 보도했 내비쳤 피력했 표명했
  나타냈 보도한`);
/** Nouns that make a noun phrase a person (or an office that speaks). */
export const KO_ROLES = w(`대통령 부통령 총리 국무총리 부총리 장관 차관 대사 총영사 영사 공사 의원 대표 위원장 회장 부회장 사장 부사장
  대변인 부대변인 청장 원장 처장 실장 국장 과장 팀장 부장 차장 지사 도지사 시장 군수 구청장 교수 연구원 연구위원 이사장 이사
  전무 상무 감독 코치 선수 총재 부총재 비서실장 수석 본부장 센터장 소장 대표이사 의장 총장 최고경영자 검찰총장 지검장 판사
  검사 변호사 관계자 당국자 담당자 소식통 전문가 애널리스트 이코노미스트 대변인실 국왕 왕세자 주석 서기장 위원 특보 보좌관
  사무총장 사무국장 단장 부단장 회장단 공동대표 원내대표 최고위원 기자 작가 배우 가수 주장 씨 군 양 박사 학장 대행 권한대행 직무대행
  부지사 부시장 시의원 도의원 군의원 구의원 경찰서장 서장 지청장 지부장 조합장 협회장 대장 소령 중령 대령 준장 소장 중장
  사령관 참모총장 합참의장 주민 시민 상인 보호자 학부모 관람객 승객 근로자 회사원 학생 교사 농민 어민 운전기사 자영업자 직장인 환자 유족 피해자 목격자 외무상 방위상 재무상 경제산업상 관방장관 국무장관 재무장관 국방장관 상무장관`);
/** Bodies that speak as one: "외교부는 … 밝혔다". A word ending in one of these is an organisation. */
export const KO_ORG_SUFFIXES = w(`부 청 처 원 위원회 공사 공단 은행 협회 연합회 센터 재단 당 실 국 군 시 도 구 대학교 대학 연구소
  연구원 그룹 전자 자동차 통신 항공 정부 당국 경찰 검찰 법원 국회 청와대 대통령실 대사관 총영사관 공관 본부 법인 측 사무소`);
export const KO_COUNTRIES = w(`한국 대한민국 북한 미국 중국 일본 러시아 영국 프랑스 독일 인도네시아 인도 베트남 태국 필리핀 말레이시아
  싱가포르 호주 캐나다 이탈리아 스페인 브라질 멕시코 우크라이나 이스라엘 이란 사우디 튀르키예 터키 몽골 대만 유엔 유럽연합 EU
  아세안 주한 주미 주중 주일 주인도네시아 주자카르타 주러 주영 현지 자카르타 서울 베이징 도쿄 워싱턴 중부자바 자바 발리`);
/** Nouns that stand for a group speaking as one, bare: "현지 언론은 … 전했다", "야당은 … 비판했다". */
export const KO_GROUP_NOUNS = w(`언론 외신 매체 현지언론 야당 여당 정부 당국 경찰 검찰 소방당국 방역당국 주민 주민들 시민 시민들 업계 재계 노조
  시민단체 환경단체 전문가들 관계자들 상인들 유족들 외교가 정치권 학계 의료계`);
export const KO_PRONOUNS = w(`그 그녀 그들 이들 그분 본인 자신`);
/** Leading words that are not part of a speaker phrase. */
export const KO_CONNECTORS = w(`이어 또 또한 아울러 그러면서 한편 이에 특히 이날 그러나 하지만 다만 앞서 이번 당시 최근 지난
  현재 이와 관련해 관련해 이에 대해 대해 그는 그녀는 동시에 나아가 끝으로 마지막으로 먼저 우선 이후 이후에 오늘 어제 내일`);
export const KO_NOT_SPEAKER = w(`보도 보고서 자료 통계 조사 설문 집계 분석 결과 발표 문서 기록 성명 공고 규정 법 계획 일정 예보 전망
  추산 추정 연구 논문 데이터 지표 영상 사진`);
export const KO_SURNAMES = new Set(
  w(`김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구
  민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어
  은 편 용 예 경 봉 사 부 황보 남궁 제갈 선우 독고`),
);
/** Time and place words that precede a speaker without belonging to the name. */
export const KO_STOP_NAMES = new Set(
  w(`이날 지난 최근 신임 전 현 당시 또 이어 한편 현지 주재 관련 담당 수석 정부 우리 양국 이번 올해
  내년 작년 오전 오후 이후 직후 앞서 이와 함께 대해 통해 위해 따라 직접 공식 한 두 세 여러 모든 각 해당 같은 다른 이 그 저`),
);
