// The speakers of one article: canonical names, roles, aliases, spellings, and how mentions resolve to them.
import type { Speaker } from '../../../preload/contract/models';
import type { Lang } from '../../../preload/contract/define';
import type { Mention } from './mention';
import { ID_ROLE_ACRONYMS } from './lexicon-id';

interface Entry {
  speaker: Speaker;
  kind: 'person' | 'group';
  gender?: 'm' | 'f';
  /** Lower-case name tokens, for partial names ("Budi", "Wulan"). */
  tokens: string[];
  /** An unnamed person known by a role ("해경 관계자", "the spokesman"): "그는" right after them means them. */
  personish?: boolean;
}

/** Words of a description that say nothing about who is meant. */
const HINT_STOP = new Set(['the', 'itu', 'tersebut', 'ini', 'sang', 'yang', 'berusia', 'tahun', 'asal', 'year-old', 'former', 'mantan']);
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
/** Long form of a role, so "Menhub" and "Menteri Perhubungan" compare equal. */
const expandRole = (s: string) =>
  norm(s)
    .split(/[\s,]+/)
    .map((t) => ID_ROLE_ACRONYMS[t] ?? t)
    .join(' ');

export class SpeakerRegistry {
  private entries: Entry[] = [];
  /** Most recent first: who "he", "-nya", "그는" point back to. */
  private readonly salience: Entry[] = [];

  /** Most recent first: people named in the text so far, quoted or not (who "the 18-year-old" may be). */
  private readonly mentioned: Entry[] = [];

  /** Lookups that run per quote or mention, kept here so they cost no scan or string work per entry each time. */
  private readonly entryOf = new Map<Speaker, Entry>();
  private readonly normed = new Map<string, string>();
  private readonly originSeen = new Map<string, boolean>();

  /** The article text, to read what is written beside a name ("Kenya's Grace Chebet" is the Kenyan). */
  constructor(
    private readonly lang: Lang,
    private readonly text = '',
  ) {}

  /** A person named at this point of the reading order, without putting them in focus. */
  noteMention(s: Speaker): void {
    const e = this.entryOf.get(s);
    if (e && e.kind === 'person') toFront(this.mentioned, e);
  }

  speakers(): Speaker[] {
    return this.entries.map((e) => e.speaker);
  }

  /** Is any person in focus or named so far (someone a back-reference can mean)? */
  hasPerson(): boolean {
    return this.mentioned.length > 0 || this.salience.some((e) => e.kind === 'person');
  }

  /** The speaker most recently in focus, if any. */
  lastSpeaker(): Speaker | null {
    return this.salience.find((e) => e.kind === 'person')?.speaker ?? this.salience[0]?.speaker ?? null;
  }

  focus(s: Speaker): void {
    const e = this.entryOf.get(s);
    if (!e) return;
    toFront(this.salience, e);
  }

  /** Add a person introduced with a name (and maybe a role), merging with an existing entry. */
  introduce(m: Mention): Speaker | null {
    if (m.kind !== 'name' || !m.name) return null;
    const found = this.byName(m.name);
    if (found) {
      this.enrich(found, m);
      return found.speaker;
    }
    return this.create(m, 'person').speaker;
  }

  /** The speaker a mention points to; creates one for a new name. `focus` moves it to the front. */
  resolve(m: Mention | null): Speaker | null {
    if (!m) return this.lastSpeaker();
    let e: Entry | undefined;
    switch (m.kind) {
      case 'pronoun':
        // "the German", "sang pelatih", "이 관계자는": a description picks the most recent fitting speaker, else it is a pronoun.
        e = (m.role ? this.byHint(m.role) ?? this.byOrigin(m.role) : undefined) ??
          // "해경 관계자는 … 설명했다. 그는 …": an unnamed official who just spoke is who "he" means.
          (this.salience[0]?.personish && !m.role ? this.salience[0] : undefined) ??
          this.salience.find((x) => x.kind === 'person' && (!m.gender || !x.gender || x.gender === m.gender)) ??
          // No person has spoken yet: the last person named ("signing of winger Estevao … The 18-year-old said") is meant.
          this.mentioned.find((x) => !m.gender || !x.gender || x.gender === m.gender) ??
          this.salience[0];
        break;
      case 'name':
        e = this.byName(m.name);
        if (e) this.enrich(e, m);
        else e = this.create(m, 'person');
        break;
      case 'role':
        e = this.byRole(m) ?? this.byName(m.role) ?? this.contracted(m);
        if (!e) {
          e = this.create({ ...m, name: m.raw.replace(/^(the|a|an)\s+/i, '') }, 'group');
          e.personish = true;
        }
        break;
      case 'group':
        e = this.exactName(m.name);
        if (!e) {
          e = this.create(m, 'group');
          // "관계자", "대변인" without a name (the role is the whole phrase): one person speaking, not a body.
          e.personish = this.lang === 'ko' && !!m.role && m.role === m.name;
        }
        break;
    }
    if (!e) return null;
    if (m.gender && !e.gender && e.kind === 'person') e.gender = m.gender;
    return e.speaker;
  }

  private create(m: Mention, kind: 'person' | 'group'): Entry {
    const name = m.name || m.raw;
    const speaker: Speaker = {
      id: `s${this.entries.length + 1}`,
      name,
      role: m.role,
      aliases: [...new Set(m.roleAliases)],
      spellings: { [this.lang]: name, ...(m.spellings ?? {}) },
    };
    const e: Entry = { speaker, kind, gender: m.gender, tokens: tokensOf(name) };
    this.entries.push(e);
    this.entryOf.set(speaker, e);
    return e;
  }

  private enrich(e: Entry, m: Mention): void {
    const s = e.speaker;
    if (m.role && !s.role) s.role = m.role;
    for (const a of m.roleAliases) if (!s.aliases.includes(a)) s.aliases.push(a);
    if (m.name && norm(m.name) !== norm(s.name) && !s.aliases.includes(m.name)) {
      // A longer form of a known short name becomes the canonical name ("Budi" → "Budi Hartono").
      if (tokensOf(m.name).length > e.tokens.length && e.tokens.every((t) => tokensOf(m.name).includes(t))) {
        s.aliases.push(s.name);
        s.name = m.name;
        s.spellings[this.lang] = m.name;
        e.tokens = tokensOf(m.name);
      } else s.aliases.push(m.name);
    }
    for (const [k, v] of Object.entries(m.spellings ?? {})) s.spellings[k] ??= v;
    if (m.gender && !e.gender) e.gender = m.gender;
  }

  /** "PDAM Tirta Moedal Yudi Indardo" later called "Yudi": the words before Yudi named the body, not the man. */
  private trimPrefix(e: Entry, first: string): void {
    const k = e.tokens.indexOf(first);
    if (k < 2 || e.tokens.length < 4 || this.lang === 'ko') return;
    const words = e.speaker.name.split(/\s+/);
    if (words.length !== e.tokens.length) return;
    const prefix = words.slice(0, k).join(' ');
    e.speaker.name = words.slice(k).join(' ');
    e.speaker.spellings[this.lang] = e.speaker.name;
    e.speaker.role = [e.speaker.role, prefix].filter(Boolean).join(' ');
    e.tokens = e.tokens.slice(k);
  }

  private preferSalient(cands: Entry[]): Entry | undefined {
    if (cands.length <= 1) return cands[0];
    return this.salience.find((s) => cands.includes(s)) ?? cands[cands.length - 1];
  }

  private exactName(name: string): Entry | undefined {
    const n = norm(name);
    return this.preferSalient(this.entries.filter((e) => this.named(e, n)));
  }

  /** Is `n` (normalised) the entry's name or one of its aliases? Names are normalised once, not per lookup. */
  private named(e: Entry, n: string): boolean {
    return this.norm(e.speaker.name) === n || e.speaker.aliases.some((a) => this.norm(a) === n);
  }

  private norm(s: string): string {
    let v = this.normed.get(s);
    if (v === undefined) this.normed.set(s, (v = norm(s)));
    return v;
  }

  private byName(name: string): Entry | undefined {
    const n = norm(name);
    if (!n) return undefined;
    const exact = this.entries.filter((e) => this.named(e, n));
    if (exact.length) return this.preferSalient(exact);
    const toks = tokensOf(name);
    const subset = this.entries.filter((e) => e.kind === 'person' && toks.every((t) => e.tokens.includes(t)));
    if (subset.length) {
      const e = this.preferSalient(subset)!;
      this.trimPrefix(e, toks[0]);
      return e;
    }
    // "Wulan" → "Sri Wulandari": a short form that starts one of the name's words.
    if (toks.length === 1 && toks[0].length >= 4) {
      const pre = this.entries.filter((e) => e.kind === 'person' && e.tokens.some((t) => t.length > toks[0].length && t.startsWith(toks[0])));
      if (pre.length) return this.preferSalient(pre);
    }
    // "Yatno" → Suyatno: Indonesian short names often keep the end of a name's word.
    if (toks.length === 1 && toks[0].length >= 4 && this.lang === 'id') {
      const suf = this.entries.filter((e) => e.kind === 'person' && e.tokens.some((t) => t.length > toks[0].length && t.endsWith(toks[0])));
      if (suf.length) return this.preferSalient(suf);
    }
    // "Rudiwi" → Rudi Wijaya, "루디위" → 루디 위자야: the first name run into the start of the family name.
    if (toks.length === 1) {
      const nick = this.entries.filter((e) => e.kind === 'person' && isContraction(toks[0], e.tokens));
      if (nick.length) return this.preferSalient(nick);
    }
    return undefined;
  }

  /** "루디위 대통령": the word before the role is a contracted form of a known person's name. */
  private contracted(m: Mention): Entry | undefined {
    const words = m.raw.split(/\s+/);
    if (words.length !== 2) return undefined;
    const t = norm(words[0]);
    return this.preferSalient(this.entries.filter((e) => e.kind === 'person' && isContraction(t, e.tokens)));
  }

  /** A sentence's subject that names someone already known ("Basuki mendampingi …") puts them in focus;
   *  an unknown name creates no one, since a capitalised subject may as well be a company or a place. */
  focusKnown(m: Mention): void {
    // Korean: a body opening a sentence with 이/가/은/는 ("한국개발연구원(KDI)이 …") is who speaks on until someone else does.
    if (m.kind === 'group' && this.lang === 'ko' && m.name) {
      const g = this.exactName(m.name) ?? this.create(m, 'group');
      this.focus(g.speaker);
      return;
    }
    if (m.kind !== 'name' || !m.name) return;
    // A name with a role beside it ("seorang pedagang, Haji Usman,") is a person even before they speak.
    const e = this.byName(m.name) ?? (m.role ? this.create(m, 'person') : undefined);
    if (e && e.kind === 'person') this.focus(e.speaker);
  }

  /** "The Kenyan", "the Ethiopian": the most recent person whose name is written right after that country or nationality. */
  private byOrigin(hint: string): Entry | undefined {
    const m = /^(\p{Lu}\p{Ll}{2,}?)(?:ian|an|ese|ish|i|ch|er)?$/u.exec(hint.trim());
    if (!m || !this.text || this.lang !== 'en') return undefined;
    const stem = m[1].length >= 4 ? m[1] : hint.trim();
    const origin = new RegExp(`(?:^|[^\\p{L}])${stem}\\p{L}*(?:'s|’s)?\\s+(?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}$`, 'u');
    const people = [...this.salience, ...this.mentioned].filter((e, i, a) => e.kind === 'person' && a.indexOf(e) === i);
    return people.find((e) =>
      e.speaker.name.split(/\s+/).some((w) => w.length >= 3 && this.writtenAfter(stem, origin, w)) || new RegExp(stem, 'u').test(e.speaker.role),
    );
  }

  /** Is `w` written somewhere right after the origin word? Each answer is kept: the search runs over the whole text, and
   *  asking again for every "the Kenyan" grew with mentions × text length. */
  private writtenAfter(stem: string, origin: RegExp, w: string): boolean {
    const key = `${stem}\u0000${w}`;
    let seen = this.originSeen.get(key);
    if (seen === undefined) {
      seen = false;
      for (let at = this.text.indexOf(w); at >= 0 && !seen; at = this.text.indexOf(w, at + 1)) {
        if (origin.test(this.text.slice(Math.max(0, at - 40), at))) seen = true;
      }
      this.originSeen.set(key, seen);
    }
    return seen;
  }

  /** The most recent of the last few speakers in focus whose role, name or spellings hold a word of the description. */
  private byHint(hint: string): Entry | undefined {
    const words = norm(hint)
      .split(/[\s,]+/)
      .filter((w) => w.length >= (this.lang === 'ko' ? 2 : 3) && !HINT_STOP.has(w));
    if (!words.length) return undefined;
    return this.salience.slice(0, 4).find((e) => {
      const traits = norm([e.speaker.role, e.speaker.name, ...e.speaker.aliases].join(' '));
      return words.some((w) => traits.includes(w));
    });
  }

  /** "Menhub" → Menteri Perhubungan …; "the health minister" → Health Minister …; "pelatih asal Malta itu" → Pelatih …;
   *  "김 대사" → 김창범 (주인도네시아 한국대사). */
  private byRole(m: Mention): Entry | undefined {
    const want = expandRole(m.role.replace(/^(the|a|an|pak|bu|bapak|ibu)\s+/i, '').replace(/^\S+'s\s+/, ''));
    if (!want) return undefined;
    const words = want.split(' ').filter((w) => !['itu', 'tersebut', 'ini', 'the', 'a', 'an'].includes(w));
    const tail = words.slice(-2).join(' ');
    const head = words[0] ?? '';
    const cands = this.entries.filter((e) => {
      if (e.kind !== 'person') return false;
      if (m.surname && !e.speaker.name.startsWith(m.surname)) return false;
      const have = expandRole(e.speaker.role);
      if (e.speaker.aliases.map(expandRole).includes(want)) return true;
      if (!have) return false;
      if (have.includes(want)) return true;
      if (this.lang === 'en') return have.includes(tail) || (words.length > 1 && have.endsWith(words[words.length - 1]));
      if (this.lang === 'id') return have.split(/[\s,]+/)[0] === head || have.startsWith(expandRole(head));
      return false;
    });
    return this.preferSalient(cands);
  }
}

/** "rudiwi" against [rudi, wijaya]: first word + a prefix of the last (one Hangul syllable, two Latin letters at least). */
function isContraction(tok: string, words: string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0];
  const last = words[words.length - 1];
  if (tok.length <= first.length || !tok.startsWith(first)) return false;
  const rest = tok.slice(first.length);
  return rest.length >= (/[가-힣]/.test(rest) ? 1 : 2) && rest.length < last.length && last.startsWith(rest);
}

function tokensOf(name: string): string[] {
  return norm(name)
    .split(/[\s.]+/)
    .filter((t) => t.length > 1 || /[가-힣]/.test(t));
}

/** Move `e` to the front of a most-recent-first list, in place (a new array per quote grew with quotes × speakers). */
function toFront(list: Entry[], e: Entry): void {
  const k = list.indexOf(e);
  if (k === 0) return;
  if (k > 0) list.splice(k, 1);
  list.unshift(e);
}
