// Text normalisation shared by fuzzy matching and concordance: case-, diacritic- and punctuation-insensitive.
//
// The normalised form is what the index and the edit distance see: NFKC, lower case, combining marks removed
// (so "é" = "e"; Hangul syllables survive because their jamo are letters, not marks), every punctuation mark
// or symbol turned into a space (a decimal/thousands separator between digits is kept: "5.000", "3,5"),
// runs of spaces collapsed and the ends trimmed. Each code point is normalised on its own, which lets us keep
// a map from normalised offsets back to the original text (for highlighting concordance hits).

const cache = new Map<number, string>();

function foldCodePoint(cp: number): string {
  let out = cache.get(cp);
  if (out === undefined) {
    const ch = String.fromCodePoint(cp);
    out = ch
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC')
      .replace(/[\p{P}\p{S}\p{Z}\s\p{Cc}\p{Cf}]/gu, ' ');
    cache.set(cp, out);
  }
  return out;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

export interface Normalised {
  text: string;
  /** map[i] = offset in the input of normalised char i; map[text.length] = end of the last mapped char. */
  map: number[];
}

/** Normalise and keep the offset map (used for the few strings we highlight). */
export function normaliseWithMap(input: string): Normalised {
  const src = input.normalize('NFC');
  let text = '';
  const map: number[] = [];
  let pendingSpace = false;
  let lastEnd = 0;
  for (let i = 0; i < src.length; ) {
    const cp = src.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let folded: string;
    if ((cp === 0x2e || cp === 0x2c) && isDigit(text[text.length - 1]) && !pendingSpace && isDigit(src[i + 1])) {
      folded = src[i];
    } else folded = foldCodePoint(cp);
    for (const ch of folded) {
      if (ch === ' ') {
        pendingSpace = text.length > 0;
        continue;
      }
      if (pendingSpace) {
        text += ' ';
        map.push(i);
        pendingSpace = false;
      }
      text += ch;
      map.push(i);
      lastEnd = i + width;
    }
    i += width;
  }
  map.push(lastEnd);
  return { text, map };
}

/** Normalise for matching and searching (see the header). Fast path for plain ASCII letters and digits. */
export function normalise(input: string): string {
  if (/^[a-z0-9 ]*$/.test(input) && !/^ | $|  /.test(input)) return input;
  return normaliseWithMap(input).text;
}

/** The key for exact (100 %) matches: the same characters, ignoring only whitespace differences. */
export function exactKey(input: string): string {
  return input.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Numbers in a text ("5.000", "3,5", "2024"), for the number-mismatch penalty. */
export function numbersIn(input: string): string[] {
  return input.match(/\p{Nd}+(?:[.,]\p{Nd}+)*/gu) ?? [];
}

/** Punctuation and symbols in order: two sources that differ only here score 99 %, not 100 %. */
export function punctuationOf(input: string): string {
  return (input.match(/[\p{P}\p{S}]/gu) ?? []).join('');
}
