// Runs a language's rules over a text and resolves every speaker mention against one registry, in reading order.
import type { Lang } from '../../../preload/contract/define';
import type { Speaker } from '../../../preload/contract/models';
import type { Found, Retro } from './found';
import { scanQuotes, type QuoteSpan } from './marks';
import { lowerBound } from './text';
import { splitSentences } from './sentences';
import { LatinDetector } from './latin-detect';
import { KoDetector } from './ko-detect';
import { SpeakerRegistry } from './registry';
import type { Mention } from './mention';
import { cuePolarity } from './rules';

export interface Detection {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  text: string;
  cue: string;
  /** "denies" when the cue is a denial (membantah, denied, 부인했다): the speaker rejects the content. */
  polarity: 'asserts' | 'denies';
  speaker: Speaker | null;
  confidence: number;
}

export interface DetectionResult {
  lang: Lang;
  speakers: Speaker[];
  quotes: Detection[];
}

interface Detector {
  direct(q: QuoteSpan): Found | null;
  indirect(s: { start: number; end: number }): Found[];
  introductions(): { mention: Mention; salient: boolean }[];
  /** Sentence subjects that may name a known person: who "he" / "-nya" / "그는" in the next sentence means. */
  subjects?(): Mention[];
  retro?(): Retro[];
  /** The last person named shortly before `at`, for a back-reference when nobody is in focus yet. */
  nameBefore?(at: number): Mention | null;
}

export function detectQuotes(text: string, lang: Lang): DetectionResult {
  const spans = scanQuotes(text);
  const sentences = splitSentences(text, spans);
  const d: Detector = lang === 'ko' ? new KoDetector(text, spans, sentences) : new LatinDetector(lang, text, spans, sentences);

  const found: Found[] = [];
  let coveredTo = -1;
  for (const q of spans) {
    // A quote inside an accepted quote (a quote within a quote) is part of it.
    if (q.open < coveredTo) continue;
    const f = d.direct(q);
    if (f) {
      found.push(f);
      coveredTo = q.close < 0 ? q.end : q.close;
    }
  }
  const directs = [...found];
  for (const s of sentences) {
    for (const f of d.indirect(s)) {
      // Reported content that is wholly a direct quote already found is not a second quote.
      const i = lowerBound(directs, f.start + 2, (x) => x.start) - 1;
      if (i >= 0 && directs[i].end >= f.end - 1) continue;
      found.push(f);
    }
  }
  const retros = d.retro?.() ?? [];
  // Latest first (a stable sort, so equal starts keep their order): each retro walks back from a binary-searched point
  // instead of filtering and sorting every quote again (which grew with retros × quotes).
  const latestFirst = retros.length ? [...found].sort((a, b) => b.start - a.start) : [];
  for (const r of retros) {
    // Unattributed quotes right before "Hal itu disampaikan X" were X's.
    for (let k = firstBefore(latestFirst, r.at); k < latestFirst.length; k++) {
      const f = latestFirst[k];
      if (f.mention || f.kind !== 'direct') break;
      f.mention = r.mention;
    }
  }

  const registry = new SpeakerRegistry(lang, text);
  // Everyone introduced with a role is known from the start, so a lead like "the finance minister said" can point
  // forward to "Finance Minister Ana Wijaya Putri"; who is in focus still follows the reading order.
  const intros = d.introductions();
  for (const i of intros) registry.introduce(i.mention);
  // Reading order: by offset; at one offset a subject, then an introduction, then a quote. The three lists are walked
  // side by side (each sorted stably on its own, found in place as the result needs anyway) instead of wrapping every
  // item in an event object: on a long article those objects lived through the whole pass and were GC work.
  const subjects = [...(d.subjects?.() ?? [])].sort((a, b) => a.at - b.at);
  const introsInOrder = [...intros].sort((a, b) => a.mention.at - b.mention.at);
  found.sort((a, b) => a.start - b.start);
  const speakerOf: (Speaker | null)[] = [];
  for (let si = 0, ii = 0, fi = 0; fi < found.length || si < subjects.length || ii < introsInOrder.length; ) {
    const sAt = subjects[si]?.at ?? Infinity;
    const iAt = introsInOrder[ii]?.mention.at ?? Infinity;
    const fAt = found[fi]?.start ?? Infinity;
    if (si < subjects.length && ((sAt <= iAt && sAt <= fAt) || fi >= found.length && ii >= introsInOrder.length)) {
      registry.focusKnown(subjects[si++]);
      continue;
    }
    if (ii < introsInOrder.length && (iAt <= fAt || fi >= found.length)) {
      const intro = introsInOrder[ii++];
      const s = registry.introduce(intro.mention);
      if (s) registry.noteMention(s);
      if (s && intro.salient) registry.focus(s);
      continue;
    }
    const f = found[fi++];
    if (f.mention?.kind === 'pronoun' && !registry.hasPerson()) {
      const named = d.nameBefore?.(f.mention.at);
      if (named) registry.noteMention(registry.introduce(named)!);
    }
    const s = registry.resolve(f.mention);
    speakerOf.push(s);
    if (s) registry.focus(s);
  }
  // One answer per distinct cue: cuePolarity lower-cases and splits its cue, garbage made for every quote otherwise.
  const polarities = new Map<string, Detection['polarity']>();
  const polarityOf = (cue: string) => {
    let p = polarities.get(cue);
    if (p === undefined) polarities.set(cue, (p = cuePolarity(cue, lang)));
    return p;
  };
  const quotes = found.map((f, k) => ({
    kind: f.kind,
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    cue: f.cue,
    polarity: polarityOf(f.cue),
    speaker: speakerOf[k] ?? null,
    confidence: Math.round(f.confidence * 100) / 100,
  }));
  return { lang, speakers: registry.speakers(), quotes };
}

/** Index of the first quote starting before `at` in quotes sorted latest first. */
function firstBefore(latestFirst: Found[], at: number): number {
  let lo = 0;
  let hi = latestFirst.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (latestFirst[mid].start >= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
