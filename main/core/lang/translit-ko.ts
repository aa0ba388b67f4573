// Indonesian and Malay names and places in Hangul: whole-phrase exceptions first, then the Institute's rules.
//
//   transliterateToKorean(name, { variety?: 'id' | 'ms' }) → string        e.g. 'Joko Widodo' → '조코 위도도'
//   suggestKoreanSpelling(name, opts?) → { value, source: 'rule' | 'exception' }   for the speaker registry / glossary
//
// Words are transliterated one by one and keep their spaces; hyphenated parts are joined (Soekarno-Hatta →
// 수카르노하타, as Korean writes compounds). Acronyms (MD, TNI), single letters (initials) and anything already in
// Hangul are kept as written. `variety: 'ms'` reads the old Malaysian ch as c (Kuching 쿠칭) instead of the old
// Indonesian ch = kh. Rules: translit-ko-rules.ts; exceptions and é respellings: translit-ko-lexicon.ts.
import { KOREAN_EXCEPTIONS, TALING_RESPELLINGS } from './translit-ko-lexicon';
import { wordToHangul, type Variety } from './translit-ko-rules';

export interface TranslitOptions {
  variety?: Variety;
}

export interface KoreanSpelling {
  value: string;
  /** 'exception' when any part came from the list of established spellings rather than the rules. */
  source: 'rule' | 'exception';
}

const MAX_PHRASE = 3;
const key = (words: string[]) => words.map((w) => w.toLowerCase()).join(' ');

export function suggestKoreanSpelling(name: string, opts: TranslitOptions = {}): KoreanSpelling {
  const variety = opts.variety ?? 'id';
  // Hyphens between words of an exception phrase count as spaces (Timor-Leste), so split on both first.
  const words = name.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let source: KoreanSpelling['source'] = 'rule';
  for (let i = 0; i < words.length; ) {
    const phrase = matchPhrase(words, i);
    if (phrase) {
      out.push(phrase.value);
      source = 'exception';
      i += phrase.length;
      continue;
    }
    const word = transliterateWord(words[i], variety);
    if (word.exception) source = 'exception';
    out.push(word.value);
    i += 1;
  }
  return { value: out.join(' '), source };
}

export function transliterateToKorean(name: string, opts: TranslitOptions = {}): string {
  return suggestKoreanSpelling(name, opts).value;
}

/** Korean spellings for a list of names (the speaker registry's suggestions); a blank name gets a blank spelling. */
export function suggestKoreanSpellings(names: readonly string[], opts: TranslitOptions = {}) {
  return names.map((name) => {
    if (!name.trim()) return { name, ko: '', source: 'rule' as const };
    const s = suggestKoreanSpelling(name, opts);
    return { name, ko: s.value, source: s.source };
  });
}

/** The longest exception phrase starting at words[i], with its punctuation kept around it. */
function matchPhrase(words: string[], i: number): { value: string; length: number } | null {
  for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1; n--) {
    const slice = words.slice(i, i + n);
    const lead = /^[^\p{L}]*/u.exec(slice[0])![0];
    const trail = /[^\p{L}]*$/u.exec(slice[n - 1])![0];
    const joined = slice.join(' ').slice(lead.length, slice.join(' ').length - trail.length);
    const hit = KOREAN_EXCEPTIONS[key(joined.split(/[\s-]+/))];
    if (hit) return { value: lead + hit.value + trail, length: n };
  }
  return null;
}

function transliterateWord(word: string, variety: Variety): { value: string; exception: boolean } {
  const m = /^([^\p{L}]*)(.*?)([^\p{L}]*)$/su.exec(word)!;
  const [, lead, core, trail] = m;
  let exception = false;
  const parts = core.split('-').map((part) => {
    if (!part) return part;
    const hit = KOREAN_EXCEPTIONS[part.toLowerCase()];
    if (hit) {
      exception = true;
      return hit.value;
    }
    if (keepAsWritten(part)) return part;
    return wordToHangul(TALING_RESPELLINGS[part.toLowerCase()] ?? part, variety);
  });
  // Korean joins hyphenated name parts; anything kept in Latin letters keeps its hyphen.
  const joined = parts.every((p) => /^[\p{Script=Hangul}]*$/u.test(p)) ? parts.join('') : parts.join('-');
  return { value: lead + joined + trail, exception };
}

function keepAsWritten(part: string): boolean {
  if (/[\p{Script=Hangul}\d]/u.test(part)) return true;
  if (!/^[\p{Script=Latin}'’ʼ`.\p{M}]+$/u.test(part)) return true; // other scripts, symbols
  const letters = part.replace(/[^\p{L}]/gu, '');
  if (letters.length <= 1) return true; // initials: B. J. Habibie
  return letters.length <= 5 && letters === letters.toUpperCase() && /[A-Z]/.test(letters); // MD, TNI, ASEAN
}
