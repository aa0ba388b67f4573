// Hangul syllable assembly from jamo: the arithmetic of the Unicode block U+AC00–U+D7A3.

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
// Index 0 is "no final consonant"; the rest follow the Unicode order.
const FINALS = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];

/** One written syllable while it is being built; `final` may still be set by the next consonant. */
export interface Syllable {
  initial: string;
  medial: string;
  final: string;
  /** True when the vowel is the inserted 으 of a consonant cluster, not a vowel of the name. */
  epenthetic: boolean;
}

export function syllable(initial: string, medial: string, final = '', epenthetic = false): Syllable {
  return { initial, medial, final, epenthetic };
}

export function compose(s: Syllable): string {
  const i = INITIALS.indexOf(s.initial);
  const m = MEDIALS.indexOf(s.medial);
  const f = FINALS.indexOf(s.final);
  if (i < 0 || m < 0 || f < 0) throw new Error(`Not a Hangul syllable: ${s.initial}${s.medial}${s.final}`);
  return String.fromCharCode(0xac00 + (i * 21 + m) * 28 + f);
}

export function composeAll(syllables: Syllable[]): string {
  return syllables.map(compose).join('');
}
