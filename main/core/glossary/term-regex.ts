// Term matching per language: word boundaries (id/en), Korean particles after a term, acronyms kept case-sensitive.
import type { Lang } from '../../../preload/contract/define';

/** One term to look for; `key` is returned on a hit so callers can map it back (entry id, speaker id…). */
export interface TermSpec {
  key: string;
  text: string;
}

export interface TermOccurrence {
  key: string;
  /** The term as written in the glossary / registry. */
  spec: string;
  start: number;
  end: number;
  /** The term as it appears in the text (without a particle or -nya suffix). */
  surface: string;
}

/**
 * Korean attaches particles to the noun (한국은, 한국의, 대사관에서는). A term hit must be followed by the end of the
 * word or by these, so 대사 (ambassador) does not fire inside 대사관 (embassy). Two may stack (에서+는); 들 is plural.
 */
const KO_PARTICLES = [
  '은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '께', '께서', '와', '과', '도', '로', '으로', '만',
  '까지', '부터', '보다', '처럼', '이나', '나', '랑', '이랑', '하고', '이다', '이며', '이고', '였다', '이었다', '이라고',
  '라고', '이라는', '라는', '이란', '란', '측', '께서는', '에도',
];
const KO_TAIL = `(?:들)?(?:${[...KO_PARTICLES].sort((a, b) => b.length - a.length).join('|')}){0,2}`;

const WORD_CHAR = '[\\p{L}\\p{N}]';
/** Indonesian: Jatengnya, Gubernurnya. English: governors, MSMEs' plural on a singular term. */
const SUFFIX: Record<Lang, string> = { id: '(?:-?nya)?', en: '(?:s|es)?', ko: KO_TAIL };

/** Short all-caps terms are acronyms: "BI" must not fire on "bi", "DPR" not on "dpr" in a URL slug. */
export function isAcronym(term: string): boolean {
  return term.length <= 5 && /^[A-Z0-9-]+$/.test(term) && /[A-Z]/.test(term);
}

export function normaliseTerm(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ');
}

const foldKey = (s: string) => normaliseTerm(s).toLowerCase();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

function startsWithHangul(s: string): boolean {
  return /^[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/.test(s);
}

function alternation(terms: string[], lang: Lang): string {
  return terms
    .sort((a, b) => b.length - a.length) // longest first: "Jawa Tengah" before "Jawa"
    .map((t) => {
      const body = escape(t);
      // Korean: a Hangul term may sit inside a longer word's start (substring match), a Latin one may not.
      return lang === 'ko' && startsWithHangul(t) ? body : `(?<!${WORD_CHAR})${body}`;
    })
    .join('|');
}

export interface CompiledTerms {
  find(text: string): TermOccurrence[];
}

export function compileTerms(specs: TermSpec[], lang: Lang): CompiledTerms {
  const byFolded = new Map<string, TermSpec>();
  const byExact = new Map<string, TermSpec>();
  const loose: string[] = [];
  const strict: string[] = [];
  for (const s of specs) {
    const text = normaliseTerm(s.text);
    if (!text) continue;
    const spec = { key: s.key, text };
    if (isAcronym(text)) {
      if (!byExact.has(text)) {
        byExact.set(text, spec);
        strict.push(text);
      }
    } else if (!byFolded.has(foldKey(text))) {
      byFolded.set(foldKey(text), spec);
      loose.push(text);
    }
  }
  const tail = `(?=${SUFFIX[lang]}(?!${WORD_CHAR}))`;
  const looseRe = loose.length ? new RegExp(`(${alternation(loose, lang)})${tail}`, 'giu') : null;
  const strictRe = strict.length ? new RegExp(`(${alternation(strict, lang)})${tail}`, 'gu') : null;

  return {
    find(text: string): TermOccurrence[] {
      const hits: TermOccurrence[] = [];
      const scan = (re: RegExp | null, lookup: (m: string) => TermSpec | undefined) => {
        if (!re) return;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const spec = lookup(m[1]);
          if (spec) hits.push({ key: spec.key, spec: spec.text, start: m.index, end: m.index + m[1].length, surface: m[1] });
          if (m[0].length === 0) re.lastIndex++;
        }
      };
      scan(looseRe, (m) => byFolded.get(foldKey(m)));
      scan(strictRe, (m) => byExact.get(normaliseTerm(m)));
      return pickNonOverlapping(hits);
    },
  };
}

/** Leftmost first, longest on a tie; a hit inside an earlier one is dropped. */
function pickNonOverlapping(hits: TermOccurrence[]): TermOccurrence[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermOccurrence[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.start < reach) continue;
    out.push(h);
    reach = h.end;
  }
  return out;
}
