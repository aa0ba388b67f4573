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
  for (const r of d.retro?.() ?? []) {
    // Unattributed quotes right before "Hal itu disampaikan X" were X's.
    const before = found.filter((f) => f.start < r.at).sort((a, b) => b.start - a.start);
    for (const f of before) {
      if (f.mention || f.kind !== 'direct') break;
      f.mention = r.mention;
    }
  }

  const registry = new SpeakerRegistry(lang, text);
  // Everyone introduced with a role is known from the start, so a lead like "the finance minister said" can point
  // forward to "Finance Minister Ana Wijaya Putri"; who is in focus still follows the reading order.
  const intros = d.introductions();
  for (const i of intros) registry.introduce(i.mention);
  type Ev = { at: number; intro?: { mention: Mention; salient: boolean }; subject?: Mention; found?: Found };
  const events: Ev[] = [
    ...(d.subjects?.() ?? []).map((subject): Ev => ({ at: subject.at, subject })),
    ...intros.map((intro): Ev => ({ at: intro.mention.at, intro })),
    ...found.map((f): Ev => ({ at: f.start, found: f })),
  ].sort((a, b) => a.at - b.at || (a.found ? 1 : 0) - (b.found ? 1 : 0));
  const speakerOf = new Map<Found, Speaker | null>();
  for (const ev of events) {
    if (ev.subject) {
      registry.focusKnown(ev.subject);
      continue;
    }
    if (ev.intro) {
      const s = registry.introduce(ev.intro.mention);
      if (s) registry.noteMention(s);
      if (s && ev.intro.salient) registry.focus(s);
      continue;
    }
    const f = ev.found!;
    if (f.mention?.kind === 'pronoun' && !registry.hasPerson()) {
      const named = d.nameBefore?.(f.mention.at);
      if (named) registry.noteMention(registry.introduce(named)!);
    }
    const s = registry.resolve(f.mention);
    speakerOf.set(f, s);
    if (s) registry.focus(s);
  }
  const quotes = found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      kind: f.kind,
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      cue: f.cue,
      polarity: cuePolarity(f.cue, lang),
      speaker: speakerOf.get(f) ?? null,
      confidence: Math.round(f.confidence * 100) / 100,
    }));
  return { lang, speakers: registry.speakers(), quotes };
}
