// Find & replace matching as plain functions: match case, whole word (Unicode letters incl. Hangul), regex.
export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
}

export const DEFAULT_FIND: FindOptions = { matchCase: false, wholeWord: false, regex: false };

/** One match inside a string: where it is and its capture groups (for $1 … in a regex replacement). */
export interface TextMatch {
  index: number;
  length: number;
  groups: (string | undefined)[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A word character in any script: letters (Hangul and CJK included), combining marks, digits, the underscore.
const WORD = '[\\p{L}\\p{M}\\p{N}_]';
// Korean writes particles onto the noun ("이재명은", "서울에서"): a whole-word search for a Hangul word still
// matches it there, the particle stays untouched. Longest first so "에서" wins over "에".
const KO_PARTICLES = [
  '으로부터', '에서부터', '에게서', '으로서', '으로써', '이라고', '에서는', '에서도', '에게는', '까지는',
  '께서', '에서', '에게', '한테', '으로', '처럼', '보다', '까지', '부터', '마저', '조차', '라고', '이나', '이며',
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '만', '로', '나', '께', '랑',
].join('|');

/**
 * The regular expression for a query under the options (global, Unicode), or an Error for an invalid regex.
 * Null for an empty query.
 */
export function compileFind(query: string, opts: FindOptions): RegExp | Error | null {
  if (!query) return null;
  let src = opts.regex ? query : escapeRegExp(query.normalize('NFC'));
  if (opts.wholeWord) {
    const endsHangul = /[\uac00-\ud7a3]$/.test(query);
    const tail = endsHangul ? `(?=(?:${KO_PARTICLES})?(?!${WORD}))` : `(?!${WORD})`;
    src = `(?<!${WORD})(?:${src})${tail}`;
  }
  try {
    return new RegExp(src, opts.matchCase ? 'gu' : 'giu');
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** Every non-empty match of `re` in `text`, in order. */
export function matchText(text: string, re: RegExp): TextMatch[] {
  const out: TextMatch[] = [];
  for (const m of text.matchAll(re)) {
    if (!m[0].length) continue;
    out.push({ index: m.index, length: m[0].length, groups: m.slice(1) });
  }
  return out;
}

/**
 * The text that replaces one match: literal unless regex mode, where $1…$99, $& and $$ expand as in
 * String.prototype.replace.
 */
export function replacementFor(replacement: string, matched: string, groups: (string | undefined)[], regex: boolean): string {
  if (!regex) return replacement;
  return replacement.replace(/\$(\$|&|\d{1,2})/g, (all, k: string) => {
    if (k === '$') return '$';
    if (k === '&') return matched;
    const n = Number(k);
    return n >= 1 && n <= groups.length ? (groups[n - 1] ?? '') : all;
  });
}
