// Malay-Indonesian → Hangul by the National Institute of Korean Language's rules (외래어 표기법, 2004 고시,
// 말레이인도네시아어 자모와 한글 대조표 + 표기 세칙): spelling normalisation, phonemes, then syllables.
import { composeAll, syllable, type Syllable } from './translit-hangul';

export type Variety = 'id' | 'ms';

/** Vowels after normalisation: é is the "taling" e [e], ə the "pepet" e [ə]. */
type Vowel = 'a' | 'é' | 'ə' | 'i' | 'o' | 'u';
type Token = { kind: 'V'; v: Vowel } | { kind: 'C'; c: string };

const VOWELS: Record<Vowel, string> = { a: 'ㅏ', é: 'ㅔ', ə: 'ㅡ', i: 'ㅣ', o: 'ㅗ', u: 'ㅜ' };
// 세칙 12: y joins the next vowel (야, 예 …); 세칙 11: w joins it too (와, 웨 …).
const WITH_Y: Record<Vowel, string> = { a: 'ㅑ', é: 'ㅖ', ə: 'ㅕ', i: 'ㅣ', o: 'ㅛ', u: 'ㅠ' };
const WITH_W: Record<Vowel, string> = { a: 'ㅘ', é: 'ㅞ', ə: 'ㅝ', i: 'ㅟ', o: 'ㅝ', u: 'ㅜ' };

/**
 * The consonant table. `initial`: before a vowel. `coda`: the final consonant it becomes before a consonant
 * or at the end of a word (absent = it is written with 으 there, e.g. r → 르, s → 스). `eu`: the initial used
 * when it is written with 으 (kh is ㅎ before a vowel but 크 before l/r/m/n: Fakhrudin 파크루딘).
 */
interface Consonant {
  initial: string;
  coda?: string;
  eu?: string;
  /** Plosives take 으 before a liquid or a nasal (세칙 1): Prambanan 프람바난, Idris 이드리스. */
  plosive?: boolean;
  nasal?: boolean;
}

const CONSONANTS: Record<string, Consonant> = {
  b: { initial: 'ㅂ', coda: 'ㅂ', plosive: true }, // Bali 발리, Abdul 압둘, Najib 나집, Bromo 브로모
  c: { initial: 'ㅊ' }, // Ceto 체토, Mac 마츠
  d: { initial: 'ㄷ', coda: 'ㅅ', plosive: true }, // Denpasar 덴파사르, Ahmad 아맛, Idris 이드리스
  // f is a fricative, but ㅂ before l/r (as a coda) would read as a different word: we treat it like p.
  f: { initial: 'ㅍ', coda: 'ㅂ', plosive: true }, // Fuji 푸지, Jusuf 유숩
  g: { initial: 'ㄱ', coda: 'ㄱ', plosive: true }, // gudeg 구득, Nugroho 누그로호
  h: { initial: 'ㅎ' }, // silent before a consonant and at the end: Rahmat 라맛, Ipoh 이포 (handled below)
  j: { initial: 'ㅈ' }, // Jambi 잠비, mikraj 미크라즈
  k: { initial: 'ㅋ', coda: 'ㄱ', plosive: true }, // Kalimantan 칼리만탄, batik 바틱, Krakatau 크라카타우
  kh: { initial: 'ㅎ', coda: 'ㄱ', eu: 'ㅋ', plosive: true }, // khas 하스, akhbar 악바르, Fakhrudin 파크루딘
  l: { initial: 'ㄹ', coda: 'ㄹ' }, // Lombok 롬복, Palembang 팔렘방, Bangsal 방살
  m: { initial: 'ㅁ', coda: 'ㅁ', nasal: true },
  n: { initial: 'ㄴ', coda: 'ㄴ', nasal: true },
  ng: { initial: 'ㅇ', coda: 'ㅇ', nasal: true }, // Ngarai 응아라이, bonang 보낭, Bandung 반둥
  ny: { initial: 'ㄴ', nasal: true }, // joins the vowel like y: 냐, 녜, 니, 뇨, 뉴
  p: { initial: 'ㅍ', coda: 'ㅂ', plosive: true }, // Padang 파당, Yap 얍, Suprana 수프라나
  q: { initial: 'ㅋ', coda: 'ㄱ', plosive: true }, // furqan 푸르칸, Taufiq 타우픽
  r: { initial: 'ㄹ' }, // ringgit 링깃, asar 아사르
  s: { initial: 'ㅅ' }, // Sabah 사바, Brastagi 브라스타기
  sy: { initial: 'ㅅ' }, // 세칙 2: 샤, 셰, 시, 쇼, 슈; 시 before a consonant or at the end
  t: { initial: 'ㅌ', coda: 'ㅅ', plosive: true }, // Timor 티모르, Rahmat 라맛, Trisno 트리스노
  v: { initial: 'ㅂ' }, // Valina 발리나
  z: { initial: 'ㅈ' }, // zakat 자캇, Azlan 아즐란, Haz 하즈
  w: { initial: 'ㅇ' },
  y: { initial: 'ㅇ' },
};

const LIQUIDS_AND_NASALS = new Set(['l', 'r', 'm', 'n', 'ng', 'ny']);
const VELARS = new Set(['g', 'k', 'kh', 'q']);

/**
 * Old spellings (세칙 3–8). A word written with oe/dj/tj/sj is in the pre-1972 Indonesian spelling, where a
 * plain j is today's y (Tjahaja → Cahaya 차하야); without such a marker j stays j (we cannot tell "Jusuf").
 */
function modernSpelling(word: string, variety: Variety): string {
  let w = word;
  if (/oe|dj|tj|sj/.test(w)) {
    w = w.replace(/dj/g, 'J').replace(/tj/g, 'c').replace(/sj/g, 'sy').replace(/oe/g, 'u');
    w = w.replace(/j/g, 'y').replace(/J/g, 'j');
  }
  w = w
    .replace(/sh/g, 'sy') // 세칙 2: old sh = sy
    .replace(/ch/g, variety === 'ms' ? 'c' : 'kh') // 세칙 6 (Indonesian ch = kh), 세칙 7 (Malaysian ch = c)
    .replace(/([bdgt])h/g, '$1') // 세칙 5 and 8: bh, dh, gh, th are b, d, g, t
    .replace(/ph/g, 'f')
    // Dutch-style ie in personal names is i (Habibie, Anies); Indonesian itself writes i.
    .replace(/ie(?![aeiouE@])/g, 'i');
  // x: s before a vowel at the start (xenon 세논), otherwise ks.
  w = w.replace(/^x(?=[aeiouE@])/, 's').replace(/x/g, 'ks');
  return w;
}

/**
 * Which e is which. Marked letters decide (é/è = taling 에, ê = pepet 으, as dictionaries mark them).
 * An unmarked e is read as pepet, the commoner sound, except where pepet cannot or rarely stands:
 * before another vowel, at the start of a word (names: Eko, Edi, Ende) and in the last syllable
 * (Aceh 아체, Flores 플로레스, Banten 반텐). Known é words the heuristic misses are respelled with é in
 * translit-ko-lexicon.ts (Medan → Médan).
 */
function resolveE(word: string): string {
  const chars = [...word.replace(/E/g, 'é').replace(/@/g, 'ə')];
  const isVowel = (ch: string | undefined) => !!ch && 'aeéəiou'.includes(ch);
  return chars
    .map((ch, i) => {
      if (ch !== 'e') return ch;
      const vowelAfter = chars.slice(i + 1).some(isVowel);
      if (i === 0 || isVowel(chars[i + 1]) || !vowelAfter) return 'é';
      return 'ə';
    })
    .join('');
}

function tokenize(word: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < word.length; ) {
    const two = word.slice(i, i + 2);
    if (two === 'kh' || two === 'ng' || two === 'ny' || two === 'sy') {
      out.push({ kind: 'C', c: two });
      i += 2;
      continue;
    }
    const ch = word[i];
    if ('aéəiou'.includes(ch)) out.push({ kind: 'V', v: ch as Vowel });
    else if (CONSONANTS[ch]) out.push({ kind: 'C', c: ch });
    i += 1; // anything else (stray marks) is dropped
  }
  // 세칙 10: a doubled consonant is written once (Makassar 마카사르, Hassan 하산).
  return out.filter((t, i) => !(t.kind === 'C' && i > 0 && out[i - 1].kind === 'C' && (out[i - 1] as { c: string }).c === t.c));
}

/** The Hangul for one word written in Latin letters (no spaces or hyphens). */
export function wordToHangul(raw: string, variety: Variety = 'id'): string {
  // Keep the e marks as sentinels (E = é, @ = ê) while other diacritics are stripped.
  const marked = raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[éèë]/g, 'E')
    .replace(/ê/g, '@')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return composeAll(toSyllables(tokenize(resolveE(modernSpelling(marked, variety)))));
}

function toSyllables(tokens: Token[]): Syllable[] {
  const out: Syllable[] = [];
  let initial: string | null = null;
  let glide: 'w' | 'y' | null = null;
  const last = () => out[out.length - 1];

  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const next2 = tokens[i + 2];
    if (t.kind === 'V') {
      const ini = initial ?? 'ㅇ';
      let medial = glide === 'y' ? WITH_Y[t.v] : glide === 'w' ? WITH_W[t.v] : VOWELS[t.v];
      // Korean loanword spelling has no 쟈/챠: j and c already carry the y sound.
      if (glide === 'y' && (ini === 'ㅈ' || ini === 'ㅊ')) medial = VOWELS[t.v];
      out.push(syllable(ini, medial));
      initial = null;
      glide = null;
      return;
    }
    const c = t.c;
    if (c === 'w' || c === 'y') {
      if (next?.kind === 'V') {
        glide = c;
        return;
      }
      // A glide with no vowel after it is a vowel of its own: Malay → 말라이.
      out.push(syllable(initial ?? 'ㅇ', c === 'w' ? 'ㅜ' : 'ㅣ'));
      initial = null;
      return;
    }
    const beforeVowel = next?.kind === 'V';
    const nextC = next?.kind === 'C' ? next.c : null;
    // 세칙 12: a consonant merges with y + vowel (but g/k do not: Yogyakarta 욕야카르타, Rakyat 락얏);
    // 세칙 11: only k merges with w + vowel (콰, 퀘); other consonants stay a syllable apart (Dwi 드위).
    const mergesWithGlide =
      next2?.kind === 'V' && ((nextC === 'y' && !VELARS.has(c)) || (nextC === 'w' && VELARS.has(c) && c !== 'g'));
    if (beforeVowel || mergesWithGlide) {
      const prevSyl = last();
      if (c === 'ng') {
        // ng before a vowel closes the previous syllable (Selangor 슬랑오르); at the start it is 응 (Ngarai 응아라이).
        if (prevSyl && !prevSyl.final && prev?.kind === 'V') prevSyl.final = 'ㅇ';
        else out.push(syllable('ㅇ', 'ㅡ', 'ㅇ', true));
        initial = 'ㅇ';
        return;
      }
      if (c === 'l' && prevSyl && !prevSyl.final) prevSyl.final = 'ㄹ'; // 세칙 9: l inside a word before a vowel = ㄹㄹ
      if (c === 'ny' || c === 'sy') glide = 'y';
      initial = CONSONANTS[c].initial;
      return;
    }
    // Before a consonant, or at the end of the word.
    if (c === 'h') return; // Rahmat 라맛, Ipoh 이포
    const spec = CONSONANTS[c];
    if (spec.plosive && nextC && LIQUIDS_AND_NASALS.has(nextC)) {
      out.push(syllable(spec.eu ?? spec.initial, 'ㅡ', '', true));
      return;
    }
    const prevSyl = last();
    if (spec.coda && prevSyl && !prevSyl.final && !prevSyl.epenthetic && prev?.kind === 'V') {
      prevSyl.final = spec.coda;
      return;
    }
    // The previous syllable cannot take it: write the consonant as a syllable of its own.
    if (c === 'sy' || c === 'ny') out.push(syllable(spec.initial, 'ㅣ', '', true));
    else if (spec.nasal || c === 'l') out.push(syllable('ㅇ', 'ㅡ', spec.coda ?? '', true));
    else out.push(syllable(spec.eu ?? spec.initial, 'ㅡ', '', true));
  });
  if (initial) out.push(syllable(initial, 'ㅡ', '', true));
  return out;
}
