// Indonesian and English detection: which quoted spans are speech, who said them, and reported speech frames.
import type { Found, Retro } from './found';
import type { QuoteSpan } from './marks';
import { mention, type Mention } from './mention';
import { isCap, parseLatinNP, tokens } from './np-latin';
import { npForward, subjectBefore } from './latin-np-context';
import { RULES, type LatinRules } from './latin-rules';
import type { LatinLang } from './np-latin';
import { hasSentenceBreak } from './sentences';
import { SpanIndex } from './span-index';
import { alternation, isSpace, lowerBound, rangeAt, wordCount, type Range } from './text';
import * as ID from './lexicon-id';
import * as EN from './lexicon-en';

const lc = (s: string) => s.toLowerCase();
const QUOTE_CHARS = /["“”„«»「」]/;
const spanEnd = (q: QuoteSpan) => (q.close >= 0 ? q.close : q.end);

/** Title or name in quotes: short, mostly capitalised, no sentence punctuation ("Sulut Hebat", "Laut Biru"). */
function titleLike(content: string): boolean {
  const words = content.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8 || /[.!?,…]$/.test(content)) return false;
  const content4 = words.filter((w) => w.length > 3 || isCap(w));
  const caps = content4.filter((w) => /^[\p{Lu}\d#@]/u.test(w)).length;
  return content4.length > 0 && caps / content4.length >= 0.6;
}

const sentenceAt = rangeAt;

interface SayHit {
  verb: string;
  at: number;
  end: number;
}
/** Reporting verbs in [from, to) that lie outside quotations. */
const PARTIAL_RE = new Map<LatinRules, RegExp>();
function sayVerbs(text: string, from: number, to: number, R: LatinRules, spans: QuoteSpan[], partial = false): SayHit[] {
  const out: SayHit[] = [];
  let re = new RegExp(R.sayRe.source, 'gu');
  if (partial) {
    if (!PARTIAL_RE.has(R)) PARTIAL_RE.set(R, new RegExp(`(?<![\\p{L}\\p{N}-])(${alternation([...R.partialVerbs])})(?![\\p{L}\\p{N}-])`, 'gu'));
    re = new RegExp(PARTIAL_RE.get(R)!.source, 'gu');
  }
  const s = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const at = from + m.index;
    if (spans.some((q) => at > q.open && at < spanEnd(q))) continue;
    if (R.lang === 'id' && isCap(m[1])) continue; // "Menyebut" opening a sentence is not this frame
    out.push({ verb: lc(m[1]), at, end: at + m[1].length });
  }
  return out;
}

/** Negation or a modal just before the verb: "ia belum mau menyebut …", "declined to say". */
function negated(text: string, from: number, verbAt: number, R: LatinRules): boolean {
  const before = text.slice(Math.max(from, verbAt - 60), verbAt).toLowerCase();
  const words = before.match(/[\p{L}']+/gu) ?? [];
  let seen = 0;
  for (let i = words.length - 1; i >= 0 && seen < 3; i--) {
    if (R.adverbs.has(words[i])) continue;
    if (R.negation.has(words[i]) || /n't$/.test(words[i])) return true;
    seen++;
  }
  return false;
}

function tailCueRe(R: LatinRules): RegExp {
  if (R.lang === 'id') {
    return new RegExp(
      `,\\s*(?:(?:demikian|begitu)\\s+)?(?:(${alternation(ID.ID_POST_CUES)})(nya)?|(${alternation(ID.ID_POST_CUES_NYA)})(nya))(?![\\p{L}])([^,]*(?:,[^,]*)?)[.!?]?$`,
      'iu',
    );
  }
  return new RegExp(`,\\s*(${alternation(EN.EN_POST_VERBS)})()(?![\\p{L}])\\s+([^,]+(?:,[^,]+)?)[.!?]?$`, 'iu');
}
const TAIL = { id: tailCueRe(RULES.id), en: tailCueRe(RULES.en) };
const EN_TAIL_SUBJ = new RegExp(`,\\s*([^,]{1,60}?)\\s+(?:also\\s+)?(${alternation(EN.EN_POST_VERBS)})(?![\\p{L}])([^,]*)[.!?]?$`, 'iu');

/** A participle that reports more of the same speaker's words: ", adding that …", "seraya menambahkan bahwa …". */
const PARTICIPLE: Record<LatinLang, RegExp> = {
  en: /,\s+(adding|noting|saying|explaining|arguing|warning|stressing|insisting)(?:\s+that)?\s+/giu,
  id: /(?:,\s*|\s)(?:seraya|sambil)\s+(menambahkan|mengatakan|menegaskan|menjelaskan|menyebutkan|mengingatkan)(?:\s+bahwa)?\s*,?\s+/giu,
};

const REQUEST_VERBS = new Set(['meminta', 'mendesak', 'mengimbau', 'mengajak', 'menginstruksikan', 'memerintahkan', 'menyerukan']);
const REQUEST_OBJ =
  /^\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|para\s+\p{L}+|seluruh\s+\p{L}+|semua\s+pihak|masyarakat|warga|pemerintah|publik|terdakwa|tersangka|saksi|peserta|pengendara|pemudik|orang\s+tua|pengguna|pelaku\s+usaha|jajarannya|anggotanya|pihaknya)\s+(?:untuk\s+|agar\s+|supaya\s+)?(?:(?:segera\s+|tidak\s+|tak\s+|lebih\s+)?(?:me|ber|di|ter)\p{L}{3,}|(?:tetap|terus|selalu|senantiasa)\s+\p{L}{3,})/u;

/** A cue set between commas inside a sentence, or opening it: "Saat api membesar, kata Fauzi, …", "Lanjut dia, …". */
const INTERPOSED = new RegExp(
  `^(?:([^,"“”]{1,60}),\\s*)?(kata|ujar|tutur|ucap|lanjut|imbuh|tambah|jelas|sebut|terang|ungkap|tegas)(nya)?(?:\\s+([^,"“”]{1,50}?))?\\s*,\\s+(?=\\p{L})`,
  'iu',
);

/** Words between a closing mark and its verb that can be the speaker: a short phrase, or a long chain of title words
 *  ("Head of the Roads Division of the Regional Transport Agency Colonel Anton Wirawan"). */
function attributionGap(between: string): boolean {
  const toks = tokens(between);
  if (toks.length <= 8) return true;
  return toks.length <= 20 && toks.every((t) => isCap(t) || /^(of|the|for|and|dan|untuk)$/.test(t.replace(/[,]$/, '')));
}

/** Any role word at all: most sentences have none, and then there is no one to introduce. */
const ROLE_RE: Partial<Record<LatinLang, RegExp>> = {};

export class LatinDetector {
  readonly R: LatinRules;
  constructor(
    readonly lang: LatinLang,
    private readonly text: string,
    private readonly spans: QuoteSpan[],
    private readonly sentences: Range[],
  ) {
    this.R = RULES[lang];
    this.singlePrimary = !spans.some((q) => q.family === 'double');
    this.at = new SpanIndex(spans);
  }
  private readonly at: SpanIndex;
  /** British-style copy quotes speech in single marks; then they are no weaker evidence than double ones. */
  private readonly singlePrimary: boolean;

  /** Quoted spans that open inside [from, to). */
  private spansIn(from: number, to: number): QuoteSpan[] {
    const out: QuoteSpan[] = [];
    for (let i = lowerBound(this.spans, from, (q) => q.open); i < this.spans.length && this.spans[i].open < to; i++) out.push(this.spans[i]);
    return out;
  }

  /** Is this quoted span speech? If so, its cue and speaker mention. */
  direct(span: QuoteSpan): Found | null {
    const { text, R } = this;
    const q: QuoteSpan = this.singlePrimary && span.family === 'single' ? { ...span, family: 'double' } : span;
    const content = text.slice(q.start, q.end);
    const words = wordCount(content);
    const sOpen = sentenceAt(this.sentences, q.open);
    const closeAt = q.close >= 0 ? q.close + 1 : q.end;
    const sClose = q.close >= 0 ? sentenceAt(this.sentences, q.close) : sOpen;
    const nextOpen = this.spans[lowerBound(this.spans, closeAt, (o) => o.open)]?.open ?? Infinity;
    const afterEnd = Math.min(sClose.end, nextOpen);
    const found = (cue: string, m: Mention | null, confidence: number): Found => ({
      kind: 'direct',
      start: q.start,
      end: q.end,
      cue,
      mention: m,
      confidence,
    });
    if (q.family === 'single' && words < 3) return null;

    // 1. Attribution after the closing mark.
    if (q.close >= 0 && afterEnd > closeAt) {
      const after = text.slice(closeAt, afterEnd);
      const m = R.postCue.exec(after);
      if (m) {
        const cue = m[1] || m[3];
        const nya = m[2] || m[4];
        const at = closeAt + m[0].length;
        const who = nya ? mention('pronoun', '-nya', at) : npForward(text, at, afterEnd, R);
        return found(cue + (nya ?? ''), who, who ? 0.95 : 0.85);
      }
      const acc = /^\s*[,.]?\s*according to\s+/i.exec(after);
      if (acc && R.lang === 'en') return found('according to', npForward(text, closeAt + acc[0].length, afterEnd, R), 0.9);
      const lead = /^\s*[,.!?]?\s*/.exec(after)![0].length;
      const hit = sayVerbs(text, closeAt + lead, Math.min(afterEnd, closeAt + lead + 160), R, this.spansIn(sClose.start, sClose.end))[0];
      if (hit && /^[\s,.!?]*$/.test(text.slice(closeAt, closeAt + lead)) && !hasSentenceBreak(text, closeAt + lead, hit.at)) {
        const who = subjectBefore(text, closeAt + lead, hit.at, R);
        if (who && attributionGap(text.slice(closeAt + lead, hit.at))) return found(hit.verb, who, 0.9);
      }
    }

    // 2. Attribution before the opening mark: "X mengatakan, “…”", "Kata X, “…”", "X said: "…"".
    const before = text.slice(sOpen.start, q.open);
    const core = before.replace(/\s+$/, '');
    const atSentenceStart = /^[\s(–—-]*$/.test(before);
    if (!atSentenceStart) {
      const intro = this.introBefore(sOpen.start, q.open, core);
      if (intro) return found(intro.cue, intro.who, intro.who ? 0.9 : 0.8);
    }

    const titleish = titleLike(content);
    if (atSentenceStart) {
      if (titleish && words <= 6) return null;
      if (q.family === 'single' && !/[.!?,]$/.test(content)) return null;
      if (words >= 3 || /[.!?…]$/.test(content)) return found('', null, q.atParaStart ? 0.8 : 0.7);
      return null;
    }

    // 3. Embedded: a partial quote governed by a reporting verb, or a long run of someone's words; else a scare quote.
    if (R.titleBefore.test(core) || titleish) return null;
    if (q.family === 'single' && words < 4) return null;
    const verbs = sayVerbs(text, sOpen.start, q.open, R, this.spansIn(sOpen.start, sOpen.end), true);
    const v = verbs[verbs.length - 1];
    const subjVerb = v && (v.verb === 'as' || v.verb === 'sebagai') && verbs.length > 1 ? verbs[verbs.length - 2] : v;
    const acc = R.accordingTo.exec(text.slice(sOpen.start, q.open).replace(/^[^,]*?,\s*(?=menurut|according)/i, ''));
    if (v && !negated(text, sOpen.start, v.at, R)) {
      const gap = wordCount(text.slice(v.end, q.open));
      if (words >= 3 || (R.partialVerbs.has(v.verb) && gap <= 5)) {
        return found(subjVerb.verb, subjectBefore(text, sOpen.start, subjVerb.at, R), 0.7);
      }
    }
    if (acc && words >= 2) {
      const comma = text.indexOf(',', sOpen.start);
      const np = text.slice(sOpen.start + acc.index + acc[0].length, comma > 0 ? comma : q.open);
      return found(acc[0], parseLatinNP(np, R.lang, sOpen.start), 0.7);
    }
    if (words >= 6) return found('', null, 0.55);
    return null;
  }

  /** Cue words right before an opening mark. */
  private introBefore(sentStart: number, open: number, core: string): { cue: string; who: Mention | null } | null {
    const { text, R } = this;
    const trimmed = core.replace(/[,:]\s*$/, '').replace(/\s+(bahwa|that)$/i, '');
    const hadPunct = /[,:]\s*$/.test(core);
    const acc = new RegExp(`(?:^|,\\s*)(${R.lang === 'id' ? 'menurut' : 'according to'})\\s+([^,]+)$`, 'iu').exec(trimmed);
    if (acc && hadPunct) return { cue: acc[1], who: parseLatinNP(acc[2], R.lang, sentStart + acc.index) };
    const kata = /(?:^|,\s*)(kata|ujar|tutur|ucap)\s+([^,]+)$/iu.exec(trimmed);
    if (kata && R.lang === 'id' && hadPunct) return { cue: kata[1], who: parseLatinNP(kata[2], 'id', sentStart + kata.index) };
    const hits = sayVerbs(text, sentStart, sentStart + trimmed.length, R, this.spansIn(sentStart, open + 1));
    const v = hits[hits.length - 1];
    if (!v || negated(text, sentStart, v.at, R)) return null;
    // Only short adjuncts may sit between the verb and the quote: "said on Tuesday:", "mengatakan kepada wartawan,".
    const between = text.slice(v.end, sentStart + trimmed.length);
    if (wordCount(between) > 6 || QUOTE_CHARS.test(between)) return null;
    if (!hadPunct && wordCount(between) > 0 && !/^\s*(bahwa|that)\s*$/i.test(between)) return null;
    return { cue: v.verb, who: subjectBefore(text, sentStart, v.at, R) };
  }

  /** Reported speech in one sentence, including a trailing "…, adding that …" / "… seraya menambahkan …". */
  indirect(sent: Range): Found[] {
    const { text, R } = this;
    const s = text.slice(sent.start, sent.end);
    PARTICIPLE[R.lang].lastIndex = 0;
    let p: RegExpExecArray | null;
    while ((p = PARTICIPLE[R.lang].exec(s))) {
      const at = sent.start + p.index;
      if (this.at.coversStrict(at)) continue; // indexed: a scan of every quote per participle grew with the article squared
      const head = this.indirectIn({ start: sent.start, end: at });
      let start = at + p[0].length;
      while (start < sent.end && isSpace(text[start])) start++;
      const end = sent.start + s.replace(/[\s.!?…]+$/, '').length;
      if (QUOTE_CHARS.test(text[start] ?? '') || wordCount(text.slice(start, end)) < 3) break;
      // "X said A, adding that B" stays one span (it holds both statements); after a quote the participle is the
      // only reported speech, and it shares the quote's speaker.
      if (head.length) break;
      // "The ministry, reacting to …, called for restraint, saying …": with no quote before it, the participle's
      // speaker is the sentence's subject (its first comma chunk).
      let who: Mention | null = null;
      const comma = s.indexOf(',');
      if (comma > 0 && !QUOTE_CHARS.test(s.slice(0, p.index))) who = subjectBefore(text, sent.start, sent.start + comma, R);
      return [{ kind: 'indirect', start, end, cue: p[1].toLowerCase(), mention: who, confidence: 0.7 }];
    }
    return this.indirectIn(sent);
  }

  private indirectIn(sent: Range): Found[] {
    const { text, R } = this;
    // "…, one of the people said, declining to be named because …": the aside after the attribution is not content.
    let aside = R.lang === 'en' ? /,\s+(?:declining|speaking|asking|requesting|who\s+(?:asked|declined|spoke|requested))\b[^"“”]*$/iu.exec(text.slice(sent.start, sent.end)) : null;
    // "Maresca, speaking before the match, said …": an aside before the saying verb is the subject's, not the tail.
    if (aside && /\b(said|says|told|tells|added|warned|argued|insisted|stressed)\b/i.test(aside[0])) aside = null;
    if (aside && aside.index > 0) sent = { start: sent.start, end: sent.start + aside.index };
    const spans = this.spansIn(sent.start, sent.end);
    const s = text.slice(sent.start, sent.end);
    const endTrim = sent.start + s.replace(/[\s.!?…]+$/, '').length;
    const mk = (start: number, end: number, cue: string, who: Mention | null, confidence: number): Found[] => {
      while (start < end && isSpace(text[start])) start++;
      if (start >= end || wordCount(text.slice(start, end)) < 3) return [];
      // Content that is itself a direct quote is the quote's intro, not reported speech.
      if (QUOTE_CHARS.test(text[start]) && spans.some((q) => q.open === start && spanEnd(q) >= end - 2)) return [];
      return [{ kind: 'indirect', start, end, cue, mention: who, confidence }];
    };

    // "Menurut X, …" / "According to X, …" opening the sentence (after at most one connector chunk).
    const accRe = R.lang === 'id' ? /^(?:[^,]{0,30},\s*)?(menurut(?:nya)?)(?:\s+([^,]{1,120}?))?\s*,\s*/iu : /^(?:[^,]{0,30},\s*)?(according to)\s+([^,]{1,120}?)\s*,\s*/iu;
    const acc = accRe.exec(s);
    if (acc && !QUOTE_CHARS.test(acc[0])) {
      const np = (acc[2] ?? '').replace(/[.!?]+$/, '');
      if (!np.split(/\s+/).slice(0, 3).some((x) => R.notSpeaker.has(lc(x)))) {
        const who = /nya$/i.test(acc[1]) ? mention('pronoun', '-nya', sent.start) : parseLatinNP(np, R.lang, sent.start + acc.index);
        if (who) return mk(sent.start + acc[0].length, endTrim, acc[1], who, 0.85);
      }
    }
    const accTail = (R.lang === 'id' ? /,\s*(menurut(?:nya)?)(?:\s+([^,]{1,80}))?[.!?]?$/iu : /,\s*(according to)\s+([^,]{1,80}(?:,[^,]{1,60})?)[.!?]?$/iu).exec(s);
    if (accTail && !QUOTE_CHARS.test(s)) {
      const np = (accTail[2] ?? '').replace(/[.!?]+$/, '');
      if (!np.split(/\s+/).slice(0, 3).some((x) => R.notSpeaker.has(lc(x)))) {
        const who = /nya$/i.test(accTail[1]) ? mention('pronoun', '-nya', sent.start) : parseLatinNP(np, R.lang, sent.start + accTail.index);
        return mk(sent.start, sent.start + accTail.index, accTail[1], who, 0.8);
      }
    }

    // Interposed cue: "Saat api membesar, kata Fauzi, warga …", "Dari situlah, katanya, …", "Lanjut dia, …".
    if (R.lang === 'id') {
      const ip = INTERPOSED.exec(s);
      if (ip && !QUOTE_CHARS.test(ip[0])) {
        const np = (ip[4] ?? '').trim();
        const who = ip[3] || !np ? mention('pronoun', '-nya', sent.start + ip.index) : parseLatinNP(np, 'id', sent.start + ip[0].indexOf(np));
        if (who) return mk(sent.start + ip[0].length, endTrim, ip[2].toLowerCase() + (ip[3] ?? ''), who, 0.8);
      }
    }

    // "X mengatakan, …" / "X said (that) …".
    for (const v of sayVerbs(text, sent.start, sent.end, R, spans)) {
      if (negated(text, sent.start, v.at, R)) continue;
      // "“…,” Yoon said at a meeting": this verb attributes the quote before it.
      if (
        spans.some((q) => {
          const between = text.slice(q.close + 1, v.at);
          return q.close >= 0 && q.close < v.at && attributionGap(between) && !hasSentenceBreak(text, q.close + 1, v.at) && !/^[\s,.]*(and|dan|serta)\s/i.test(between);
        })
      )
        continue;
      const strong = R.strong.has(v.verb);
      let pos = v.end;
      let rest = text.slice(pos, sent.end);
      if (v.verb === 'told' || v.verb === 'tells') {
        const obj = /^\s+((?:the\s+)?[\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+)*)/u.exec(rest);
        if (obj) {
          pos += obj[0].length;
          rest = text.slice(pos, sent.end);
        }
      }
      let that = R.lang === 'id' ? /^[^"“”.,]{0,80}?\s(bahwa)\s/iu.exec(rest) : /^[^"“”.,]{0,80}?\s(that)\s/iu.exec(rest);
      // "said it would argue that …": a subject and a verb before "that" make it part of the content, not an adjunct.
      // "said external pressure … strengthening that follows …": a "that" after a plain noun phrase opens a relative
      // clause inside the content; a complementizer follows the verb at once or after an adjunct ("said on Monday that").
      if (that && R.lang === 'en' && !(v.verb === 'told' || v.verb === 'tells')) {
        const lead = text.slice(pos, pos + that.index + that[0].length - that[1].length - 1).trim();
        if (lead && !/^(on|in|at|during|after|before|last|this|earlier|later|yesterday|today|to|from|via|through|while|when|again|also|previously|recently|separately|publicly|repeatedly|once|the\s+(?:day|week|month|year))\b/i.test(lead)) that = null;
      }
      if (that && /(?:^|\s)(it|he|she|they|we|i|would|will|could|should|can|may|might|has|have|had|is|are|was|were|ia|dia|pihaknya|mereka|kami|akan|sudah|telah|harus|bisa|dapat|tidak|belum)(?=\s)/i.test(that[0])) that = null;
      // "argued for a cut", "berbicara dengan": a preposition right after the verb is not reported content.
      if (!that && /^\s+(for|against|with|about|over|into|to|of|up|out|dengan|tentang|soal|untuk|atas)\s/iu.test(rest)) continue;
      const punct = /^\s*[,:]\s*/.exec(rest);
      const purpose = R.lang === 'id' && /^\s+[^,.]{0,60}?\s(agar|supaya)\s/iu.test(rest);
      // "meminta Polri mengusut …", "mengimbau warga tidak panik": a request reported with its addressee and a verb.
      const request = R.lang === 'id' && REQUEST_VERBS.has(v.verb) && REQUEST_OBJ.test(rest);
      // "has indicated it would …", "announced they will …": a pronoun and a modal right after the verb are a clause
      // it reports, with "that" left out.
      // Only for a verb whose subject opens the sentence: "Oil rose after OPEC+ signaled it could …" is background.
      const bareClause = R.lang === 'en' && !/(?:^|\s)(after|before|when|as|because|since|while|if|though|although|until|once|unless|whether)\s/i.test(text.slice(sent.start, v.at)) && /^\s+(it|he|she|they|we)\s+(would|will|could|can|may|might|should|must|had|has|have|was|were|is|are)\s/i.test(rest);
      if (!strong && !punct && !that && !purpose && !request && !bareClause) continue;
      // "X said on Tuesday, …": a short adjunct and a comma before the content.
      const adj = /^\s+(?:on|in|at|during|kepada|di|dalam|saat|pada|usai|seusai)\s[^,"“”]{1,60},\s*/iu.exec(rest);
      let start = pos + (that && (!punct || that.index < 2) ? that.index + that[0].length : punct ? punct[0].length : adj ? adj[0].length : 0);
      while (start < sent.end && isSpace(text[start])) start++;
      if (QUOTE_CHARS.test(text[start] ?? '')) continue; // the verb introduces a direct quote
      // "berkata di hadapan petani: “…”": a short lead-in and a quote is a direct quote's intro.
      const firstQ = spans.find((q) => q.open >= start && q.open < endTrim);
      if (firstQ && wordCount(text.slice(start, firstQ.open)) <= 8 && /[:,]\s*$/.test(text.slice(start, firstQ.open))) continue;
      let who = subjectBefore(text, sent.start, v.at, R);
      // "Chen described the decision as … and said …": the second verb shares the first one's subject.
      if (!who && /(?:^|\s)(and|dan|serta|lalu|kemudian)\s+(?:also\s+|juga\s+)?$/iu.test(text.slice(sent.start, v.at))) {
        const first = sayVerbs(text, sent.start, v.at, R, spans, true).find((x) => x.verb !== 'as' && x.verb !== 'sebagai');
        if (first) who = subjectBefore(text, sent.start, first.at, R);
      }
      if (!who) continue;
      const out = mk(start, endTrim, v.verb, who, strong ? 0.8 : 0.65);
      if (out.length) return out;
    }

    // "…, kata X." / "…, he said." — unless the tail attributes a direct quote right before it.
    const tailAttributesQuote = spans.some((q) => q.close >= 0 && /^[\s,.!?]*$/.test(text.slice(q.close + 1, q.close + 1 + text.slice(q.close + 1, sent.end).search(/[^\s,.!?]|$/))) && /^[\s,.!?]*(\p{L}+\s+){0,6}/u.test(text.slice(q.close + 1, sent.end)) && q.close + 1 >= sent.end - (s.length - s.lastIndexOf(',')) - 2);
    if (!tailAttributesQuote) {
      const t = TAIL[R.lang].exec(s);
      if (t) {
        const cue = t[1] || t[3];
        const nya = t[2] || t[4];
        const npText = R.lang === 'id' ? t[5] : t[3];
        // ", said in a statement": no speaker follows the verb, so the subject sits before it (a quote's attribution).
        const npFirst = lc((npText ?? '').trim().split(/\s+/)[0] ?? '');
        if (!nya && R.lang === 'en' && R.adjunct.has(npFirst)) return [];
        // ", urged calm on Friday": after an English tail verb the speaker is a name, a pronoun or a determined role.
        if (!nya && R.lang === 'en' && !isCap((npText ?? '').trim()) && !/^(the|a|an|his|her|their|its|one|two|three|several|some)$/.test(npFirst) && !R.pronouns.has(npFirst)) return [];
        // ", told parliament" / ", told a press briefing": who follows "told" is the listener; the speaker came before.
        if (R.lang === 'en' && /^tells?$|^told$/i.test(cue)) return [];
        const who = nya ? mention('pronoun', '-nya', sent.start + t.index) : npForward(text, sent.start + t.index + t[0].indexOf(npText ?? '') , sent.end, R);
        return mk(sent.start, sent.start + t.index, cue + (nya ?? ''), who, 0.75);
      }
      if (R.lang === 'en') {
        const e = EN_TAIL_SUBJ.exec(s);
        if (e) {
          let who = subjectBefore(text, sent.start + e.index + 1, sent.start + e.index + e[0].indexOf(e[2], e[1].length), R);
          // "…, forecasters said." / "…, state media reported.": a lower-case plural is a group speaking.
          const subj = e[1].trim();
          if (!who && /^(?:the\s+|some\s+|many\s+|local\s+|state\s+)?(?:[a-z-]+\s+)?[a-z-]{3,}s$/.test(subj) && !/^(it|this|that|he|she|they|its|his|her)\b/.test(subj))
            who = mention('group', subj, sent.start + e.index + 1, { name: subj });
          if (who) return mk(sent.start, sent.start + e.index, e[2], who, 0.75);
        }
      }
    }
    return [];
  }

  /** People introduced with a role anywhere ("Gubernur Sulawesi Utara (Sulut) Budi Hartono memperkuat …"). */
  introductions(): { mention: Mention; salient: boolean }[] {
    const { text, R } = this;
    const out: { mention: Mention; salient: boolean }[] = [];
    const roles = R.lang === 'id' ? ID.ID_ROLES : EN.EN_ROLES;
    ROLE_RE[R.lang] ??= new RegExp(`(?<![\\p{L}])(?:${alternation([...roles].map((r) => r.split(' ')[0]))})(?![\\p{L}])`, 'iu');
    const quick = ROLE_RE[R.lang]!;
    for (const sent of this.sentences) {
      const s = text.slice(sent.start, sent.end);
      if (!quick.test(s)) continue;
      const re = /\([^)]*\)|[^\s()]+/g;
      const toks: { t: string; at: number }[] = [];
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) toks.push({ t: m[0], at: sent.start + m.index });
      const local = this.spansIn(sent.start, sent.end);
      const inQuote = (at: number) => local.some((q) => at > q.open && at < spanEnd(q));
      for (let i = 0; i < toks.length; i++) {
        const { t, at } = toks[i];
        // "Opposition leader Lee Jae-myung": in English a lower-case role between capitalised words still introduces.
        // "former crypto executive Daniel Park": after lower-case modifiers, a role before a full name introduces too.
        const fullName = i + 2 < toks.length && isCap(toks[i + 2].t) && !/[,.;:]$/.test(toks[i + 1].t);
        const midRole = R.lang === 'en' && i > 0 && i + 1 < toks.length && (isCap(toks[i - 1].t) || fullName) && isCap(toks[i + 1].t) && !/[,.;:]$/.test(toks[i - 1].t);
        if ((!isCap(t) && !midRole) || inQuote(at)) continue;
        const low = lc(t.replace(/[,.;:]+$/, ''));
        const two = i + 1 < toks.length ? `${low} ${lc(toks[i + 1].t.replace(/[,.;:]+$/, ''))}` : '';
        if (!roles.has(low) && !roles.has(two)) continue;
        // Indonesian role heads open their phrase: "Rumah Dinas Gubernur" names a building, not a governor.
        if (R.lang === 'id' && i > 0 && isCap(toks[i - 1].t) && !/[,.;:]$/.test(toks[i - 1].t)) continue;
        let from = i;
        // "U.S. Agriculture Secretary": a dotted acronym belongs to the title.
        if (R.lang === 'en') while (from > 0 && isCap(toks[from - 1].t) && (!/[,.;:]$/.test(toks[from - 1].t) || /^(?:[A-Z]\.){2,}$/.test(toks[from - 1].t))) from--;
        let who: Mention | null;
        if (R.lang === 'en') {
          let to = roles.has(two) && i + 1 < toks.length ? i + 1 : i;
          while (to + 1 < toks.length && !/[,;:]$/.test(toks[to].t) && (isCap(toks[to + 1].t) || (toks[to + 1].t === 'of' && toks[to + 2] && isCap(toks[to + 2].t)))) to++;
          const end = toks[to].at + toks[to].t.replace(/[,.;:]+$/, '').length;
          who = parseLatinNP(text.slice(toks[from].at, end), 'en', toks[from].at);
        } else who = npForward(text, toks[from].at, sent.end, R);
        if (who?.kind === 'name' && who.role) {
          const lead = text.slice(sent.start, toks[from].at);
          const salient = /^\s*$/.test(lead) || /^[^,]{0,25},\s*$/.test(lead);
          out.push({ mention: who, salient });
          i = Math.max(i, toks.findIndex((x) => x.at >= toks[from].at + who.raw.length) - 1);
          if (i < 0) break;
        }
      }
      if (R.lang === 'en') {
        const app = /([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}),\s+((?:the|a|an)\s+[^,"“”]{3,80}?),/gu;
        let a: RegExpExecArray | null;
        while ((a = app.exec(s))) {
          const who = parseLatinNP(`${a[1]}, ${a[2]}`, 'en', sent.start + a.index);
          if (who?.kind === 'name' && who.role && !inQuote(sent.start + a.index)) out.push({ mention: who, salient: a.index < 3 });
        }
      }
    }
    return out;
  }

  /** The last person named in the two sentences before `at` ("… bagi Dewi Lestari. Penulis novel … ini menyebutkan"):
   *  who a back-reference means when nobody has spoken or been introduced yet. */
  nameBefore(at: number): Mention | null {
    const { text, R } = this;
    const i = lowerBound(this.sentences, at + 1, (x) => x.start) - 1;
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const sent = this.sentences[k];
      const local = this.spansIn(sent.start, sent.end);
      const re = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}/gu;
      let best: Mention | null = null;
      let m: RegExpExecArray | null;
      const s = text.slice(sent.start, sent.end);
      while ((m = re.exec(s))) {
        const pos = sent.start + m.index;
        if (local.some((q) => pos > q.open && pos < spanEnd(q))) continue;
        // A capitalised run opening the sentence may be its first word and a name ("Sementara Rudi"): parse only
        // from a word that is no connector.
        const run = m.index === 0 && R.connectorStart.has(lc(m[0].split(/\s+/)[0])) ? m[0].split(/\s+/).slice(1).join(' ') : m[0];
        const who = parseLatinNP(run, R.lang, pos);
        if (who?.kind === 'name' && who.name.includes(' ')) best = who;
      }
      if (best) return best;
    }
    return null;
  }

  /** The capitalised phrase opening each sentence ("Basuki mendampingi …", "Sementara itu, Menteri X tiba …"). */
  subjects(): Mention[] {
    const { text, R } = this;
    const out: Mention[] = [];
    for (const sent of this.sentences) {
      let from = sent.start;
      const s = text.slice(sent.start, sent.end);
      if (QUOTE_CHARS.test(s[0] ?? '')) continue;
      // A leading connector chunk: "Sementara itu,", "On Wednesday,".
      const lead = /^([^,"“”]{1,30}),\s+/.exec(s);
      if (lead && (R.connectorStart.has(lc(lead[1].split(/\s+/)[0])) || R.days.has(lc(lead[1].split(/\s+/)[0])))) from += lead[0].length;
      const run: string[] = [];
      const re = /\S+/g;
      re.lastIndex = from - sent.start;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s)) && run.length < 9) {
        const t = m[0];
        // "Nurse practitioner Maria Lopez": a lower-case word that completes a role keeps the phrase going.
        const roles = R.lang === 'id' ? ID.ID_ROLES : EN.EN_ROLES;
        const roleWord = run.length > 0 && (roles.has(`${lc(run[run.length - 1])} ${lc(t)}`) || (R.lang === 'en' && roles.has(lc(t)) && isCap(s.slice(re.lastIndex).trim())));
        if (!isCap(t) && !roleWord && !(run.length && /^(of|dan)$/.test(t))) break;
        run.push(t);
        if (/[,;:]$/.test(t)) break;
      }
      if (!run.length) continue;
      const who = parseLatinNP(run.join(' '), R.lang, from);
      if (who?.kind === 'name') {
        out.push(who);
        continue;
      }
      // "Seorang pedagang di Pasar Induk, Haji Usman, mengeluhkan …": a described person set off by commas, then a verb.
      const appo = /^([^,"“”]{3,80}),\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*(?:\(\d+\))?,\s+\p{Ll}/u.exec(s.slice(from - sent.start));
      if (!appo) continue;
      const head = lc(appo[1].trim().split(/\s+/).filter((x) => !/^(seorang|salah|satu|a|an|the|one)$/i.test(x))[0] ?? '');
      const roles = R.lang === 'id' ? ID.ID_ROLES : EN.EN_ROLES;
      if (!roles.has(head)) continue;
      const named = parseLatinNP(appo[2], R.lang, from + appo[0].indexOf(appo[2]));
      if (named?.kind === 'name') out.push({ ...named, role: named.role || appo[1].trim() });
    }
    return out;
  }

  /** "Hal itu disampaikan Budi …": names the speaker of the unattributed quotes before it. */
  retro(): Retro[] {
    const { text, R } = this;
    if (R.lang !== 'id') return [];
    const out: Retro[] = [];
    for (const sent of this.sentences) {
      const m = /^(?:(?:hal|pernyataan|penjelasan|keterangan|ungkapan|harapan)\s+(?:itu|tersebut|ini)|demikian)\s+(?:juga\s+)?(?:di(?:sampaikan|ungkapkan|katakan|tegaskan|jelaskan|utarakan|paparkan|kemukakan|tuturkan))\s+(?:oleh\s+)?/iu.exec(
        text.slice(sent.start, sent.end),
      );
      if (!m) continue;
      const who = npForward(text, sent.start + m[0].length, sent.end, R);
      if (who) out.push({ at: sent.start, mention: who });
    }
    return out;
  }
}
