// Korean speaker phrases: "김창범 주인도네시아 한국대사", "산업통상자원부 이창양 장관", "김 대사", "그", "외교부 관계자".
import { mention, type Mention } from './mention';
import { KO_COUNTRIES, KO_GROUP_NOUNS, KO_KNOWN_BODIES, KO_ORG_SUFFIXES, KO_PRONOUNS, KO_ROLES, KO_STOP_NAMES, KO_SURNAMES, KO_CONNECTORS } from './lexicon-ko';

const ROLES_LONGEST = [...KO_ROLES].sort((a, b) => b.length - a.length);
const COUNTRIES = new Set(KO_COUNTRIES);
const GROUP_NOUNS = new Set(KO_GROUP_NOUNS);
const KNOWN_BODIES = new Set(KO_KNOWN_BODIES);
/** Unnamed officials: "소방 관계자", "정부 당국자" never carry a person's name, whatever the word before looks like. */
const ANONYMOUS = new Set(['관계자', '당국자', '소식통', '담당자']);
const CONNECTORS = new Set(KO_CONNECTORS);
/** Committees shortened to "…위" (인권위, 공정위, 법사위); other words ending in 위 are often names (루디위, 하리위). */
const COMMITTEE = /(인권|공정|방통|금융|선관|권익|원안|규개|인수|비대|혁신|윤리|예결|법사|정무|기재|외통|국방|행안|교육|과방|문체|농해수|산자|복지|환노|국토|정보|여가|운영|특|노동|중노|국과|징계|인사|조사)위$/;
const NAMEY_ORG_END = /(부|청|처|당|회|공사|은행|센터|재단|협회|그룹|정부|당국|경찰|검찰|법원|국회|대사관|본부|측)$/;

/** The role noun a token ends with ("한국대사" → "대사"), or ''. */
/** Roles by their last letter, longest first: a token is checked against a handful of roles, not all of them. Keyed by
 *  the letter's code: tok.slice(-1) made a new string for every token looked up. */
const ROLES_BY_LAST = new Map<number, string[]>();
for (const r of ROLES_LONGEST) ROLES_BY_LAST.set(r.charCodeAt(r.length - 1), [...(ROLES_BY_LAST.get(r.charCodeAt(r.length - 1)) ?? []), r]);
const NO_ROLES: string[] = [];

export function koRoleSuffix(tok: string): string {
  for (const r of ROLES_BY_LAST.get(tok.charCodeAt(tok.length - 1)) ?? NO_ROLES) if (tok.endsWith(r)) return r;
  // Offices are an open class: 경제동향통계심의관, 정책조정관, 대외협력담당관.
  const open = /(예보관|통보관|분석관|수사관|조사관|심의관|조정관|정책관|담당관|협력관|기획관|비서관|통상관|심판관|감독관|검사관|관리관)$/.exec(tok);
  return open ? open[1] : '';
}

const STRONG_ORG_END = /(부|청|처|위원회|공사|공단|은행|협회|센터|재단|그룹|정부|당국|경찰|검찰|법원|국회|대사관|본부|연구소|대학교|대학)$/;
const PROVINCE = /(특별자치도|남도|북도|경기도|강원도|제주도)$/;

export function isKoOrg(tok: string): boolean {
  // "어도어 측": 측 (the side of) makes the words before it a party that speaks.
  if (GROUP_NOUNS.has(tok) || KNOWN_BODIES.has(tok) || tok === '측') return true;
  // A three-syllable word starting with a surname is a name even when it ends like a body: 최태원, 위자야.
  if (isKoreanName(tok) && tok.length === 3 && !STRONG_ORG_END.test(tok)) return false;
  if (tok.endsWith('도') && !PROVINCE.test(tok) && !COUNTRIES.has(tok)) return false;
  if (COUNTRIES.has(tok)) return true;
  if (/^(주|駐)/.test(tok) && COUNTRIES.has(tok.slice(1))) return true;
  if (/^[A-Za-z&.-]+$/.test(tok)) return /^[A-Z&]{2,}$/.test(tok);
  if (COMMITTEE.test(tok)) return true;
  return KO_ORG_SUFFIXES.some((s) => tok.length > s.length && tok.endsWith(s));
}

function nameLike(tok: string): boolean {
  if (!/^[가-힣]{2,5}$/.test(tok)) return false;
  if (koRoleSuffix(tok).length >= 2) return false; // "경제부총리" is an office, not a name
  if (/(에서|에게|에|으로|의|까지|부터|처럼|보다|께)$/.test(tok)) return false;
  // A verb with a quotative or connective ending ("위해서라고", "했다며") is never part of a name.
  if (/(라고|다고|냐고|자고|하고|하며|면서|해서|으며|었고|았고|였고|했고)$/.test(tok)) return false;
  if (KO_STOP_NAMES.has(tok) || CONNECTORS.has(tok) || koRoleSuffix(tok) === tok) return false;
  if (/(일|월|년|시|분|명|개|차)$/.test(tok) && /\d/.test(tok)) return false;
  if (COUNTRIES.has(tok) || KNOWN_BODIES.has(tok) || GROUP_NOUNS.has(tok)) return false;
  if (NAMEY_ORG_END.test(tok) || COMMITTEE.test(tok)) return false;
  return true;
}

function isKoreanName(tok: string): boolean {
  return ( tok.length >= 2 && tok.length <= 4 && (KO_SURNAMES.has(tok[0]) || KO_SURNAMES.has(tok.slice(0, 2))) && nameLike(tok)
  );
}

/** Does the word end in a syllable with final ㄴ (뽑힌, 지낸, 맡은 → no: 은 is a particle handled elsewhere)? */
const hasFinalN = (tok: string) => {
  const c = tok.charCodeAt(tok.length - 1) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 === 4;
};

/** Tokens that end a phrase before it: adnominal or case-marked words ("참석한", "행사에서", "24일"). */
export const koBoundary = (tok: string) =>
  /(한|된|인|던|할|은|는|을|를|에서|에게|에|의|로|으로|와|과|께서|면서|며|고|다|요|,|\.)$/.test(tok) || /\d/.test(tok) || CONNECTORS.has(tok);

const roleOrOrg = (x: string) => !!x && (!!koRoleSuffix(x.replace(/(께서는|께서|은|는|이|가)$/, '')) || isKoOrg(x));

/** Does toks[i] end the material before a speaker phrase? Not when it is part of a name ("가미카와 요코 일본 외무상"). */
export function koPhraseBreak(toks: string[], i: number): boolean {
  const t = toks[i];
  // "베트남 국적 응우옌모씨", "부산 출신 김모씨": a word of origin describes the person; the name starts after it.
  if (/(국적|출신)$/.test(t)) return true;
  // "김영희 주한 미국대사": a posting (주한, 주미) is part of the role, though it ends like an adnominal (…한).
  if (COUNTRIES.has(t)) return false;
  // "최우수선수로 뽑힌 김선빈": after a case-marked word, a short word ending in ㄴ is an adnominal verb, not a name.
  if (i > 0 && t.length <= 3 && hasFinalN(t) && /(로|으로|를|을|에|에서|에게|와|과)$/.test(toks[i - 1]) && !isKoOrg(t)) return true;
  if (!koBoundary(t)) return false;
  // "피고인 측 변호인": the word before 측 names the party, even when it ends like an adnominal (…인).
  if (toks[i + 1] === '측' && !/(에서|에게|에|의|로|으로|을|를|,|\.)$/.test(t) && !/\d/.test(t)) return false;
  if (/\d|[,.]$/.test(t) || CONNECTORS.has(t)) return true;
  const next = toks[i + 1] ?? '';
  const after = toks[i + 2] ?? '';
  if (nameLike(t) && (isKoreanName(t) || /^[가-힣]{3,}$/.test(t)) && (roleOrOrg(next) || (nameLike(next) && roleOrOrg(after)))) return false;
  return true;
}

export function parseKoNP(np: string, at: number): Mention | null {
  const spellings: Record<string, string> = {};
  const latin = /\(([A-Za-z][A-Za-z .'’-]+)\)/.exec(np);
  if (latin) spellings.en = latin[1].trim();
  const clean = np
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/들$/, ''); // "주민들" speaks as one group
  const plural = /들$/.test(np.trim());
  let toks = clean.split(' ').filter(Boolean);
  // Keep only the trailing phrase: drop time/place words and anything before the last case-marked word.
  let cut = 0;
  toks.forEach((t, i) => {
    if (i < toks.length - 1 && (koPhraseBreak(toks, i) || (KO_STOP_NAMES.has(t) && !KO_SURNAMES.has(t)))) cut = i + 1;
  });
  // "현지 언론": a place word before a group noun is part of how the text names the group.
  if (cut > 0 && GROUP_NOUNS.has(toks[toks.length - 1]) && cut === toks.length - 1 && /^(현지|국내|해외|외국|일본|미국|중국|한국|북한)$/.test(toks[cut - 1])) cut--;
  toks = toks.slice(cut);
  if (!toks.length) return null;
  const raw = toks.join(' ');
  if (toks.length === 1 && KO_PRONOUNS.includes(toks[0])) return mention('pronoun', raw, at);
  if (toks.length === 2 && (toks[0] === '이' || toks[0] === '그') && koRoleSuffix(toks[1])) return mention('pronoun', raw, at, { role: toks[1] });

  // "매체 콤파스", "일간지 콤파스": a descriptor before the name of a paper or broadcaster.
  if (toks.length >= 2 && /^(매체|언론|일간|일간지|신문|방송|통신|통신사|외신|주간지|잡지|방송사)$/.test(toks[0]) && !koRoleSuffix(toks[toks.length - 1])) {
    const name = toks.slice(1).join(' ');
    return mention('group', raw, at, { name, role: toks[0] });
  }
  let last = toks[toks.length - 1];
  const roleSuffix = koRoleSuffix(last);
  if (plural && roleSuffix) return mention('group', np.trim(), at, { name: np.trim(), role: raw });
  if (ANONYMOUS.has(roleSuffix)) return mention('group', raw, at, { name: raw, role: raw });
  // "자카르타 시민 리나 마르리나(34)씨": 씨 glued to the last word of a name of several words.
  // A Korean name (최모, 홍길동) is whole by itself; a longer transliterated one may run over several words.
  const stem = last.slice(0, -1);
  const glued = roleSuffix === '씨' && last !== '씨' && nameLike(stem) && !(isKoreanName(stem) && stem.length <= 3);
  if (roleSuffix) {
    const before = toks.slice(0, -1);
    if (glued) {
      before.push(last.slice(0, -1));
      last = '씨';
    }
    // "공장 직원 박모씨", "모임 대표 이상훈씨": a Korean name glued to 씨 is the name; every word before it describes them.
    if (roleSuffix === '씨' && last !== '씨' && isKoreanName(stem) && stem.length <= 3 && !isKoOrg(stem)) {
      return mention('name', raw, at, { name: stem, role: before.join(' '), spellings });
    }
    // "김씨 측 변호인": someone speaking for a party, unnamed.
    if (before.length && before[before.length - 1] === '측') return mention('group', raw, at, { name: raw, role: raw });
    // "이창용 한은 총재", "김정식 연세대 경제학부 교수": a Korean name first, then the body (often shortened), then the role.
    if (before.length >= 2 && before[0].length === 3 && KO_SURNAMES.has(before[0][0]) && isKoreanName(before[0]) &&
        before.slice(1).every((t) => isKoOrg(t) || /(대|은|원|학부|학과|대학원)$/.test(t))) {
      return mention('name', raw, at, { name: before[0], role: [...before.slice(1), last].join(' '), spellings });
    }
    // "김 대사": a surname and a role point back at someone already introduced.
    if (before.length === 1 && before[0].length <= 2 && KO_SURNAMES.has(before[0])) {
      return mention('role', raw, at, { role: last, surname: before[0] });
    }
    const nameIdx: number[] = [];
    if (before.length === 1 && nameLike(before[0]) && !isKoOrg(before[0]) && (isKoreanName(before[0]) || before[0].length >= 3)) nameIdx.push(0);
    else
    for (let i = before.length - 1; i >= 0; i--) {
      const t = before[i];
      if (isKoOrg(t)) {
        if (nameIdx.length) break;
        continue;
      }
      // "삼성 라이온즈 박진만 감독": a Korean name is one word; a long word before it names the team or body.
      if (nameIdx.length === 1 && before[nameIdx[0]].length === 3 && isKoreanName(before[nameIdx[0]]) && t.length >= 3) break;
      if (nameLike(t) && (isKoreanName(t) || nameIdx.length || before.slice(i + 1).some(isKoOrg) || i > 0 && nameLike(before[i - 1]))) {
        nameIdx.unshift(i);
        if (nameIdx.length >= 3) break;
      } else if (nameIdx.length) break;
    }
    // A name glued to its role: "김창범대사" is rare; "홍길동씨" is common.
    if (!nameIdx.length && last !== roleSuffix && roleSuffix === '씨' && isKoreanName(last.slice(0, -1))) {
      return mention('name', raw, at, { name: last.slice(0, -1), spellings });
    }
    const name = nameIdx.map((i) => before[i]).join(' ');
    const role = [...before.filter((_, i) => !nameIdx.includes(i)), last].join(' ').replace(/\s*씨$/, '').replace(/^씨$/, '');
    if (name) return mention('name', raw, at, { name, role: role === '씨' ? '' : role, spellings });
    return mention(roleSuffix === '관계자' || roleSuffix === '당국자' || roleSuffix === '소식통' ? 'group' : 'role', raw, at, {
      role: raw,
      name: roleSuffix === '관계자' || roleSuffix === '당국자' || roleSuffix === '소식통' ? raw : '',
    });
  }
  if (toks.every(nameLike) && (isKoreanName(toks[0]) || toks.length >= 2) && toks.length <= 3) {
    return mention('name', raw, at, { name: raw, spellings });
  }
  // "주장 아스나위 망쿠알람", "배우 송강호": a role noun before the name.
  const r = toks.findIndex((t) => koRoleSuffix(t) === t);
  const rest = toks.slice(r + 1);
  if (r >= 0 && rest.length && rest.length <= 3 && rest.every(nameLike) && (rest.length >= 2 || isKoreanName(rest[0]) || rest[0].length >= 3)) {
    return mention('name', raw, at, { name: rest.join(' '), role: toks.slice(0, r + 1).join(' '), spellings });
  }
  if (last === '측' && toks.length >= 2) return mention('group', raw, at, { name: toks.slice(0, -1).join(' ') });
  if (GROUP_NOUNS.has(last)) return mention('group', raw, at, { name: raw });
  if (isKoOrg(last)) return mention('group', raw, at, { name: raw });
  return null;
}
