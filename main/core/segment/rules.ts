// Loads the per-language rule files (plain JSON imports, so a renderer bundle can use them too) and compiles them.
import en from '../../../resources/segment-rules/en.json' with { type: 'json' };
import id from '../../../resources/segment-rules/id.json' with { type: 'json' };
import ko from '../../../resources/segment-rules/ko.json' with { type: 'json' };
import type { Lang } from '../../../preload/contract/define';
import { AppError } from '../errors';
import { SegmentRules } from './rules-schema';

export interface CompiledRule {
  break: boolean;
  /** Anchored at the end: tested against the text before the candidate break. */
  before: RegExp;
  /** Anchored at the start: tested against the text after it. */
  after: RegExp;
  note: string;
}

export interface CompiledQuotes {
  /** opening mark → closing mark */
  closerOf: Map<string, string>;
  /** closing mark → opening mark */
  openerOf: Map<string, string>;
  inside: RegExp;
  after: RegExp;
  maxChars: number;
}

export interface CompiledRules {
  lang: Lang;
  /** Abbreviation rules first, then the file's own rules: the first match decides (SRX cascade). */
  rules: CompiledRule[];
  quotes: CompiledQuotes;
}

export const RAW_RULES: Record<Lang, unknown> = { en, id, ko };
export const SEGMENT_LANGS: readonly Lang[] = ['id', 'en', 'ko'];

const cache = new Map<Lang, CompiledRules>();

export function isSegmentLang(lang: string): lang is Lang {
  return (SEGMENT_LANGS as readonly string[]).includes(lang);
}

/** Compiled rules for a language, built once. Throws `segment.badLang` for anything but id, en, ko. */
export function rulesFor(lang: string): CompiledRules {
  if (!isSegmentLang(lang)) {
    throw new AppError('segment.badLang', `Segmentation supports id, en and ko, not "${lang}".`, { lang });
  }
  let compiled = cache.get(lang);
  if (!compiled) {
    compiled = compileRules(RAW_RULES[lang]);
    cache.set(lang, compiled);
  }
  return compiled;
}

/** Validates and compiles one rules document; exported so tests (and a future rule editor) can try variants. */
export function compileRules(raw: unknown): CompiledRules {
  const parsed = SegmentRules.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('segment.badRules', `Segmentation rules are malformed: ${parsed.error.message}`, {
      reason: parsed.error.issues[0]?.message ?? '',
    });
  }
  const r = parsed.data;
  const rules: CompiledRule[] = [...abbreviationRules(r), ...r.rules.map((x) => compileRule(x.break, x.before, x.after, x.note))];
  const closerOf = new Map(r.quotes.pairs.map(([o, c]) => [o, c] as [string, string]));
  const openerOf = new Map(r.quotes.pairs.map(([o, c]) => [c, o] as [string, string]));
  return {
    lang: r.lang,
    rules,
    quotes: {
      closerOf,
      openerOf,
      inside: regex(`(?:${r.quotes.attributionInside})`, 'attributionInside'),
      after: regex(r.quotes.attributionAfter, 'attributionAfter'),
      maxChars: r.quotes.maxChars,
    },
  };
}

function abbreviationRules(r: SegmentRules): CompiledRule[] {
  const out: CompiledRule[] = [];
  const all = alternation([...r.abbreviations.never, ...r.abbreviations.ambiguous]);
  // An abbreviation glued to a longer word ("XDr.") or to a previous period is not the abbreviation.
  const start = '(?<![\\p{L}\\p{N}.])';
  if (r.abbreviations.never.length) {
    out.push(compileRule(false, `${start}${alternation(r.abbreviations.never)}`, '\\s', 'abbreviation that never ends a sentence'));
  }
  if (r.abbreviations.ambiguous.length) {
    const next = ['[\\p{Ll}\\p{N}]', all];
    if (r.continuers.length) next.push(`${alternation(r.continuers)}(?![\\p{L}])`);
    out.push(
      compileRule(
        false,
        `${start}${alternation(r.abbreviations.ambiguous)}`,
        `\\s+(?:${next.join('|')})`,
        'ambiguous abbreviation followed by a lower-case word, a number, another abbreviation or a continuer',
      ),
    );
  }
  return out;
}

function compileRule(brk: boolean, before: string, after: string, note: string): CompiledRule {
  return { break: brk, before: regex(`(?:${before})$`, note), after: regex(`^(?:${after})`, note), note };
}

function regex(source: string, where: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch (err) {
    throw new AppError('segment.badRules', `Segmentation rule "${where}" is not a valid pattern: ${(err as Error).message}`, {
      reason: where,
    });
  }
}

/** Longest first, so "K.H." is tried before "H.". */
function alternation(words: string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(escapeRegex).join('|')})`;
}

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
