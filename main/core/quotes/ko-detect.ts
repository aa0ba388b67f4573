// Korean detection: “…”라고 말했다, “…”며, …고 밝혔다, …에 따르면, the topic (X는) as speaker.
import type { Found, Retro } from './found';
import type { QuoteSpan } from './marks';
import { mention, type Mention } from './mention';
import { koPhraseBreak, koRoleSuffix, isKoOrg, parseKoNP } from './np-ko';
import { KO_NOT_SPEAKER, KO_QUOTATIVE, KO_SAY_VERBS } from './lexicon-ko';
import { alternation, isWhiteCode, rangeAt, wordCount, type Range } from './text';
import { SpanIndex } from './span-index';

const QUOT = new RegExp(`^(${alternation(KO_QUOTATIVE)})(?=[\\s,.]|$)`);
const SAY = new RegExp(`(${alternation(KO_SAY_VERBS)})[가-힣]*`);
const TERM_NOUN = /^(표현|말|용어|이름|별명|별칭|구호|슬로건|주제|제목|타이틀|문구|단어|키워드|브랜드|캠페인|프로그램|행사|전략|정책|작전|개념|꼬리표|간판|명칭|영화|책|노래|드라마|신조어|애칭|약칭|수식어|타이틀|모토|문패)/;
const TITLE_BEFORE = /(이른바|일명|소위|제목의|제목은|주제로|주제의|작전명|슬로건|캠페인|영화|드라마|노래|책|앨범|프로그램|간판|명칭|브랜드)\s*$/;
const SENTENCE_END = /(다|요|까|죠|냐|자|라|니다|네|군|지)[.!?…]*$|[.!?…]$/;
const INDIRECT = new RegExp(`(다|라|냐|자|까|요)고\\s+((?:[^\\s]+\\s+){0,3}?)(${alternation(KO_SAY_VERBS)})[가-힣]*\\s*[.!?]?\\s*$`);
/** "…하겠다는 뜻을 밝혔다": an intention or position reported without a quotation. */
const STANCE = new RegExp(`(다|라)는\\s+((?:뜻|입장|의지|방침|의사|생각|견해|계획|바람)을\\s+(?:[^\\s]+\\s+){0,2}?)(${alternation(KO_SAY_VERBS)})[가-힣]*\\s*[.!?]?\\s*$`);
/** "…점검하고 있다는 입장이다", "…라는 설명이다": a position stated as a noun sentence, its holder the topic. */
const POSITION = /(다|라)는\s+(입장|설명|전망|분석|주장|지적|방침|판단|해명|견해|얘기|말|평가)이다\s*[.!?]?\s*$/;
const CONNECT = /^(?:(?:이어|또한|또|아울러|그러면서|한편|특히|이에|이와 관련해|다만|하지만|그러나|앞서|이날|당시)\s*,?\s*)+/;

/** Words that may open a sentence before its subject: connectors and dates. */
const KO_LEADING = /^(이어|또|또한|아울러|그러면서|한편|특히|이에|다만|하지만|그러나|앞서|이날|당시|\d+일|지난|오는)[,]?$/;
const spanEnd = (q: QuoteSpan) => (q.close >= 0 ? q.close : q.end);
const TOPIC = /^(.+?)(께서는|께서|은|는|이|가)[,]?$/;
/** "이같이 밝혔다": the sentence points back at the quote before it (built once, not per sentence). */
const THUS_SAID = new RegExp(`(?:이같이|이렇게|이와 같이)\\s+(?:[^\\s]+\\s+){0,1}?(?:${alternation(KO_SAY_VERBS)})`);

const sentenceAt = rangeAt;
/** A verb closing an embedded clause (수감되었고, 했으며, 했지만): what follows it is still the reported content. */
const VERB_CLAUSE_END = /[가-힣]{2,}(?:었고|았고|였고|했고|되고|하고|으며|였으며|했으며|했지만|었지만|는데)[,]?$/;
/** Words that close a clause inside a sentence: a comma, or a connective ending (하자, 했고, 했으며, 했지만, 하는데). */
const CLAUSE_END = /(,|[가-힣](?:자|고|며|면서|지만|는데|니까|어서|아서|해서))$/;
/** Names the copy hides: 박○○, 김OO, 박** (a surname and placeholder marks). */
const ANONYMISED = /^[가-힣]{1,2}(?:○{1,3}|〇{1,3}|O{2}|\*{1,3}|ㅇㅇ|××)$/;

/** Whitespace tokens with offsets: the runs /\S+/ finds in text.slice(from, to), scanned by character code since this
 *  runs several times per sentence (a regex match array per token was a large share of the GC work on long articles). */
function toks(text: string, from: number, to: number): { t: string; at: number }[] {
  const out: { t: string; at: number }[] = [];
  const end = Math.min(to, text.length);
  let i = from;
  while (i < end) {
    while (i < end && isWhiteCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const at = i;
    while (i < end && !isWhiteCode(text.charCodeAt(i))) i++;
    const t = text.slice(at, i);
    // Ages in parentheses ("박모(62) 씨") say nothing about the phrase's shape.
    out.push({ t: t.includes('(') ? t.replace(/\(\d+\)/g, '') : t, at });
  }
  return out;
}

/** "박○○/사기 피의자/음성변조" → 박○○ (role 사기 피의자); voice-alteration notes are no role. */
function castSpeaker(label: string, at: number): Mention | null {
  const parts = label.split('/').map((p) => p.trim()).filter((p) => p && !/^(음성\s*변조|화면\s*제공|영상\s*제공|자료|녹취|인터뷰|목소리\s*변조)$/.test(p));
  if (!parts.length) return null;
  const role = parts.slice(1).join(' ');
  if (ANONYMISED.test(parts[0])) return mention('name', parts[0], at, { name: parts[0], role });
  const roleWord = parts.length > 1 ? parts[parts.length - 1].split(/\s+/).pop()! : '';
  const who = parseKoNP(koRoleSuffix(roleWord) ? `${parts[0]} ${roleWord}` : parts[0], at);
  if (who?.kind === 'name') return { ...who, role: role || who.role };
  if (who) return who;
  return /^[가-힣]{2,5}$/.test(parts[0]) ? mention('name', parts[0], at, { name: parts[0], role }) : null;
}

/** A direct quote found; module-level, not a closure per quote (closures made per call were GC work on long articles). */
function directFound(q: QuoteSpan, cue: string, who: Mention | null, confidence: number): Found {
  return { kind: 'direct', start: q.start, end: q.end, cue, mention: who, confidence };
}

/** Reported speech over [start, end) trimmed of spaces (and trailing commas); none when under two words. */
function reported(text: string, start: number, end: number, cue: string, who: Mention | null, confidence: number): Found[] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  if (start >= end || wordCount(text.slice(start, end)) < 2) return [];
  return [{ kind: 'indirect', start, end, cue, mention: who, confidence }];
}

export class KoDetector {
  private readonly at: SpanIndex;

  constructor(
    private readonly text: string,
    private readonly spans: QuoteSpan[],
    private readonly sentences: Range[],
  ) {
    this.at = new SpanIndex(spans);
  }

  /** The speaker named as topic/subject in [from, to): "김창범 대사는", "그는", "외교부 관계자는". */
  topic(from: number, to: number, orgSubject = false): { who: Mention; end: number } | null {
    const ts = toks(this.text, from, to).filter((x) => !this.at.coversInclusive(x.at));
    let words: string[] | null = null;
    for (let i = 0; i < ts.length; i++) {
      const m = TOPIC.exec(ts[i].t.replace(/[“"‘'「]+$/, ''));
      if (!m) continue;
      const base = m[1];
      const particle = m[2];
      if (base === '이' || base === '그것' || base === '이것') continue;
      const subjectCase = particle === '이' || particle === '가';
      // "…했다고 외교부가 밝혔다": between the 고 and the verb, a body marked 이/가 is the speaker too.
      if (subjectCase && !koRoleSuffix(base) && !/^(그|그녀)$/.test(base) && !(orgSubject && isKoOrg(base))) continue;
      let j = i;
      words ??= ts.map((x) => x.t);
      while (j > 0 && i - j < 5 && !koPhraseBreak(words, j - 1)) j--;
      const np = [...ts.slice(j, i).map((x) => x.t), base].join(' ');
      const who = parseKoNP(np, ts[j].at);
      if (!who) continue;
      // A group speaks when it is a body (외교부), an office (대변인실) or a named outlet ("일간 콤파스").
      if (who.kind === 'group' && !isKoOrg(np.split(' ').pop() ?? '') && !koRoleSuffix(base.replace(/들$/, '')) && !who.role) continue;
      return { who, end: ts[i].at + ts[i].t.length };
    }
    return null;
  }

  /** The subject (은/는/이/가/도) of the clause that ends at `to`: searched back to the last clause ending (…하자, …고,). */
  clauseSubject(from: number, to: number): { who: Mention; end: number } | null {
    const ts = toks(this.text, from, to);
    let k = ts.length - 1;
    while (k >= 0 && !CLAUSE_END.test(ts[k].t)) k--;
    if (k < 0) return null;
    const start = ts[k].at + ts[k].t.length;
    return this.topic(start, to);
  }

  direct(q: QuoteSpan): Found | null {
    const { text } = this;
    const content = text.slice(q.start, q.end);
    const sOpen = sentenceAt(this.sentences, q.open);
    const closeAt = q.close >= 0 ? q.close + 1 : q.end;
    const sClose = q.close >= 0 ? sentenceAt(this.sentences, q.close) : sOpen;
    const after = q.close >= 0 ? text.slice(closeAt, sClose.end) : '';
    const before = text.slice(sOpen.start, q.open);
    const sentenceLike = SENTENCE_END.test(content) || /[,.]$/.test(content);
    if (TITLE_BEFORE.test(before)) return null;
    // Broadcast copy: [이름/직함/음성변조 : "…"] — the first part of the bracket is the speaker, the rest describes them.
    const cast = /\[([^\[\]\n:]{1,80}?)\s*:\s*$/.exec(before);
    if (cast) return directFound(q, ':', castSpeaker(cast[1], sOpen.start + cast.index + 1), 0.95);
    const part = QUOT.exec(after);
    if (part) {
      const p = part[1];
      const rest = after.slice(p.length);
      if (/^(이라는|라는|란|이란)$/.test(p)) {
        const [next = '', after2 = ''] = rest.trim().split(/\s+/);
        // "“…”라는 말을 하자", "…란 말을 남기고": words someone said, not a term.
        const said = /^말(을|도)?$/.test(next) && /^(하|했|남기|남겼|전하|전했|건네|건넸|꺼내|꺼냈|되풀이)/.test(after2);
        if (!said && (TERM_NOUN.test(next) || !sentenceLike)) return null;
      }
      const verb = SAY.exec(rest);
      if (q.family === 'single' && !(verb && /^(이라고|라고|고)$/.test(p) && (sentenceLike || wordCount(content) >= 2))) return null;
      if (!sentenceLike && wordCount(content) < 2 && !verb) return null;
      // "”라고 김 대사는 말했다": a topic between the particle and the verb; else the topic before the quote.
      const between = verb ? this.topic(closeAt + p.length, closeAt + p.length + verb.index) : null;
      // The subject of the clause the quote sits in beats a topic opening the sentence: "박 장관은 …, 최 장관이 “…”라는
      // 말을 하자 …" — the quote is 최 장관's.
      const topic = between ?? this.clauseSubject(sOpen.start, q.open) ?? this.topic(sOpen.start, q.open);
      const cue = verb ? `${p} ${verb[0]}` : p;
      return directFound(q, cue, topic?.who ?? null, topic ? 0.93 : 0.85);
    }
    if (q.family === 'single') return null;
    const atStart = /^[\s(–—-]*$/.test(before);
    if (atStart && (sentenceLike || wordCount(content) >= 3)) return directFound(q, '', null, q.atParaStart ? 0.8 : 0.7);
    if (!atStart && wordCount(content) >= 5 && sentenceLike) {
      const topic = this.topic(sOpen.start, q.open);
      return directFound(q, '', topic?.who ?? null, 0.55);
    }
    return null;
  }

  indirect(sent: Range): Found[] {
    const { text } = this;
    const s = text.slice(sent.start, sent.end);
    const spans = this.at.openingIn(sent.start, sent.end).filter((q) => q.family !== 'single');
    // "X에 따르면 …"
    const acc = /에 따르면\s*,?\s*/.exec(s);
    if (acc && !spans.some((q) => q.open < sent.start + acc.index + acc[0].length)) {
      // The source: up to three words before "에 따르면", back to a case-marked word ("현지 언론", "로이터통신").
      const words = s.slice(0, acc.index).replace(CONNECT, '').trim().split(/\s+/).filter(Boolean);
      let k = words.length - 1;
      while (k > 0 && words.length - k < 3 && !koPhraseBreak(words, k - 1)) k--;
      const np = words.slice(k).join(' ');
      const lastTok = np.split(/\s+/).pop() ?? '';
      if (np && !KO_NOT_SPEAKER.some((w) => lastTok.endsWith(w))) {
        const clean = np.replace(/의$/, '');
        const who = parseKoNP(clean, sent.start) ?? mention('group', clean, sent.start, { name: clean });
        return reported(text, sent.start + acc.index + acc[0].length, sent.end, '에 따르면', who, 0.8);
      }
    }
    const m = INDIRECT.exec(s) ?? STANCE.exec(s);
    const pos = m ? null : POSITION.exec(s);
    if (pos && !spans.length) {
      const at = sent.start + pos.index + 1;
      const t = this.topic(sent.start, at);
      if (t) return reported(text, t.end, at, `${pos[1]}는 ${pos[2]}이다`, t.who, 0.65);
    }
    if (!m) {
      // "X는 …다며 …를 촉구했다": "saying that …" with a named speaker and no quotation.
      const d = /(다|라)며\s/.exec(s);
      if (!d || spans.length) return [];
      const at = sent.start + d.index + 1;
      const t = this.topic(sent.start, at);
      if (!t) return [];
      return reported(text, t.end, at, `${d[1]}며`, t.who, 0.65);
    }
    const goAt = sent.start + m.index + m[1].length; // the 고
    // A closing mark right before the 고 belongs to a direct quote.
    if (/[”"’'」]/.test(text[goAt - 1 - m[1].length] ?? '') || spans.some((q) => q.close >= 0 && q.close >= goAt - 3 && q.close < goAt)) return [];
    if (spans.some((q) => q.open < goAt && spanEnd(q) > goAt)) return [];
    const between = this.topic(goAt + 1, sent.start + m.index + m[0].length, true);
    // The speaker's topic opens the main clause: a topic after an embedded clause has ended ("17명은 … 수감되었고,
    // 나머지는 … 이송되었다고 덧붙였다") belongs to the reported content.
    const firstEnd = toks(text, sent.start, goAt).find((x) => VERB_CLAUSE_END.test(x.t));
    const topic = this.topic(sent.start, firstEnd ? firstEnd.at : goAt);
    let start = sent.start;
    let who: Mention | null = between?.who ?? null;
    if (topic && !between) {
      who = topic.who;
      start = topic.end;
    } else {
      const c = CONNECT.exec(s);
      if (c) start += c[0].length;
    }
    const cue = /^(다|라)는/.test(m[0]) ? `${m[1]}는 ${m[2].trim()} ${m[3]}` : `${m[1]}고 ${m[3]}`;
    return reported(text, start, goAt, cue, who, topic || between ? 0.8 : 0.7);
  }

  /** "이강민이 … 이같이 밝혔다": the subject names the speaker of the unattributed quotes just before. */
  retro(): Retro[] {
    const out: Retro[] = [];
    for (const sent of this.sentences) {
      const s = this.text.slice(sent.start, sent.end);
      const m = THUS_SAID.exec(s);
      if (!m || this.at.openingIn(sent.start, sent.end).length) continue;
      const who = this.topic(sent.start, sent.start + m.index, true)?.who ?? this.sentenceSubject(sent);
      if (who) out.push({ at: sent.start, mention: who });
    }
    return out;
  }

  /** Subjects opening a sentence ("한국개발연구원(KDI)이 …", "이강민은 …"): who a following quote with no named speaker
   *  carries on from. */
  subjects(): Mention[] {
    const out: Mention[] = [];
    for (const sent of this.sentences) {
      // A sentence with a quote attributes it itself; its subject may be a subordinate clause's ("미국과 중국이 … 합의한
      // 데 대해서는 “…”이라고 평가했다" is the institute's verdict, the subject dropped).
      if (this.at.openingIn(sent.start, sent.end).length) continue;
      const who = this.sentenceSubject(sent);
      if (who) out.push(who);
    }
    return out;
  }

  /** The name or body marked 은/는/이/가 among the first words of a sentence. */
  private sentenceSubject(sent: Range): Mention | null {
    const ts = toks(this.text, sent.start, sent.end);
    let i = 0;
    while (i < ts.length && KO_LEADING.test(ts[i].t)) i++;
    for (let j = i; j < Math.min(ts.length, i + 4); j++) {
      const m = /^(.+?)(은|는|이|가)$/.exec(ts[j].t.replace(/\([^)]*\)/g, ''));
      if (!m) continue;
      if (this.at.coversStrict(ts[j].at)) return null;
      let who = parseKoNP([...ts.slice(i, j).map((x) => x.t), ts[j].t.replace(/(은|는|이|가)$/, '')].join(' '), ts[i].at);
      // "한국개발연구원": one long word ending like both an office and a body is the body (a person would be named).
      if (who?.kind === 'role' && !who.raw.includes(' ') && who.raw.length >= 5 && isKoOrg(who.raw)) who = mention('group', who.raw, who.at, { name: who.raw });
      if (who && (who.kind === 'name' || (who.kind === 'group' && isKoOrg(who.name.split(' ').pop() ?? '')))) return who;
      return null;
    }
    return null;
  }

  introductions(): { mention: Mention; salient: boolean }[] {
    const out: { mention: Mention; salient: boolean }[] = [];
    for (const sent of this.sentences) {
      const ts = toks(this.text, sent.start, sent.end).filter((x) => !this.at.coversStrict(x.at));
      let words: string[] | null = null;
      ts.forEach((x, i) => {
        const m = /^(.+?)(께서는|께서|은|는|이|가|을|를|의|과|와|에게|도)?[,]?$/.exec(x.t);
        const base = m?.[1] ?? x.t;
        if (!koRoleSuffix(base) || koRoleSuffix(base) === '씨' && base.length < 3) return;
        // "경제부총리 겸 기획재정부 장관도": the phrase goes on; the last role word introduces the whole of it.
        const next = ts[i + 1]?.t ?? '';
        if (!m?.[2] && (koRoleSuffix(next.replace(/(께서는|께서|은|는|이|가|도)$/, '')) || next === '겸')) return;
        let j = i;
        words ??= ts.map((y) => y.t);
        while (j > 0 && i - j < 5 && !koPhraseBreak(words, j - 1)) j--;
        const who = parseKoNP([...ts.slice(j, i).map((y) => y.t), base].join(' '), ts[j].at);
        // A topic anywhere, or a subject (이/가/도) that opens the sentence, is who the next "그는" means.
        const opens = ts.slice(0, j).every((y) => KO_LEADING.test(y.t));
        const salient = m?.[2] === '은' || m?.[2] === '는' || (opens && /^(이|가|도|께서|께서는)$/.test(m?.[2] ?? ''));
        if (who?.kind === 'name') out.push({ mention: who, salient });
      });
    }
    return out;
  }
}
