// Loads the quote-attribution rule files (resources/quote-rules/<lang>.json: plain JSON imports), validates them once.
import en from '../../../resources/quote-rules/en.json' with { type: 'json' };
import id from '../../../resources/quote-rules/id.json' with { type: 'json' };
import ko from '../../../resources/quote-rules/ko.json' with { type: 'json' };
import type { Lang } from '../../../preload/contract/define';
import { QuoteRulesFile } from './rules-schema';

export const RAW_QUOTE_RULES: Record<Lang, unknown> = { en, id, ko };

const parsed = new Map<Lang, QuoteRulesFile>();
function file(lang: Lang): QuoteRulesFile {
  let f = parsed.get(lang);
  if (!f) {
    const r = QuoteRulesFile.safeParse(RAW_QUOTE_RULES[lang]);
    // A broken rules file is a build defect, not user input: fail loudly with the path of the bad entry.
    if (!r.success) throw new Error(`resources/quote-rules/${lang}.json: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    f = r.data;
    parsed.set(lang, f);
  }
  return f;
}

/** English regular verb forms from a base ("warn" → warn warns warned); "past" keeps only the past tense. */
function expand(base: string, forms: 'all' | 'past'): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'i' : base;
  const pastForm = base.endsWith('e') ? base + 'd' : /[^aeiou]y$/.test(base) ? stem + 'ed' : base + 'ed';
  if (forms === 'past') return [pastForm];
  const third = /(s|sh|ch|x|z)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? stem + 'es' : base + 's';
  return [base, third, pastForm];
}

const split = (words: string) => words.split(/\s+/).filter(Boolean).map((x) => x.replace(/_/g, ' '));

/** Every word of a family, in file order ("_" read as a space, English forms expanded). */
export function ruleWords(lang: Lang, family: string): string[] {
  const entries = file(lang).families[family];
  if (!entries) throw new Error(`resources/quote-rules/${lang}.json has no family "${family}"`);
  return entries.flatMap((e) => (e.forms ? split(e.words).flatMap((b) => expand(b, e.forms!)) : split(e.words)));
}

/** Acronym → long form ("menhub" → "menteri perhubungan"). */
export function ruleExpansions(lang: Lang, family: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of file(lang).families[family] ?? []) for (const w of split(e.words)) if (e.expands) out[w] = e.expands;
  return out;
}

const denialCache = new Map<Lang, string[]>();
/** "denies" when the cue is a denial (membantah, bantahnya, denied, 부인했다), else "asserts". */
export function cuePolarity(cue: string, lang: Lang): 'asserts' | 'denies' {
  let denials = denialCache.get(lang);
  if (!denials) denialCache.set(lang, (denials = ruleWords(lang, 'denials').map((w) => w.toLowerCase())));
  const words = cue.toLowerCase().split(/\s+/).filter(Boolean);
  if (lang === 'ko') return words.some((w) => denials!.some((d) => w.startsWith(d))) ? 'denies' : 'asserts';
  return words.some((w) => denials!.includes(w) || denials!.includes(w.replace(/nya$/, ''))) ? 'denies' : 'asserts';
}
