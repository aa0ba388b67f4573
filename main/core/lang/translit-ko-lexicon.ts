// The few names the rules cannot spell alone: established Korean spellings, and é (taling) respellings.

/**
 * Established Korean spellings that differ from what the 2004 rules give. Keys are lower case; multi-word keys
 * match whole phrases (spaces and hyphens alike). Each entry says why it is not left to the rules.
 */
export const KOREAN_EXCEPTIONS: Record<string, { value: string; why: string }> = {
  indonesia: { value: '인도네시아', why: 'Country name fixed in Korean long before the 2004 rules (rules: 인도느시아).' },
  malaysia: { value: '말레이시아', why: 'Country name fixed in Korean via English (rules: 말라이시아).' },
  singapura: { value: '싱가포르', why: 'Korean names Singapore from English, not Malay.' },
  singapore: { value: '싱가포르', why: 'English exonym; same established Korean name.' },
  brunei: { value: '브루나이', why: 'Country name fixed in Korean (rules: 브루네이).' },
  filipina: { value: '필리핀', why: 'Korean names the Philippines from English.' },
  'timor leste': { value: '동티모르', why: 'Official Korean name of the country is 동티모르 (East Timor).' },
  'papua nugini': { value: '파푸아뉴기니', why: 'Korean uses the English-based country name.' },
  'kuala lumpur': { value: '쿠알라룸푸르', why: 'The 외래어 표기 용례 writes this capital as one word.' },
  java: { value: '자와', why: 'English exonym of Jawa; Korean follows the Indonesian name 자와.' },
  // Korean places and the Koreas, as they appear in Indonesian copy: Korean has its own names for them.
  korea: { value: '한국', why: 'Korean name of Korea.' },
  'korea selatan': { value: '한국', why: 'South Korea is 한국 in Korean.' },
  'korea utara': { value: '북한', why: 'North Korea is 북한 in South Korean usage.' },
  korsel: { value: '한국', why: 'Indonesian abbreviation of Korea Selatan.' },
  korut: { value: '북한', why: 'Indonesian abbreviation of Korea Utara.' },
  seoul: { value: '서울', why: 'Korean place name (romanised), not a Malay word.' },
  busan: { value: '부산', why: 'Korean place name (romanised), not a Malay word.' },
  incheon: { value: '인천', why: 'Korean place name (romanised), not a Malay word.' },
  pyongyang: { value: '평양', why: 'Korean place name (romanised), not a Malay word.' },
};

/**
 * Words whose unmarked e is é (taling, 에) where resolveE would read pepet (으). This is pronunciation data,
 * not a Korean spelling: the rules still write the respelled word. Sources: the Institute's own examples and
 * the Korean spellings in the tests (e.g. Medan 메단, Palembang 팔렘방, Denpasar 덴파사르).
 */
export const TALING_RESPELLINGS: Record<string, string> = {
  medan: 'médan',
  palembang: 'palémbang',
  denpasar: 'dénpasar',
  sulawesi: 'sulawési',
  halmahera: 'halmahéra',
  megawati: 'mégawati',
  retno: 'rétno',
  rendra: 'réndra',
  ceto: 'céto',
  gemas: 'gémas',
  bemo: 'bémo',
  wamena: 'waména',
  xenon: 'xénon',
};
