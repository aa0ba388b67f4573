// Finding the speaker phrase in context (id/en): the subject before a reporting verb, or the phrase after a cue.
import { mention, type Mention } from './mention';
import { commaParts, isCap, parseLatinNP, tokens } from './np-latin';
import type { LatinRules } from './latin-rules';
import * as ID from './lexicon-id';
import * as EN from './lexicon-en';

const lc = (s: string) => s.toLowerCase();
const bare = (t: string) => t.replace(/^[(“"'‘]+|[)”"'’,.;:]+$/g, '');
const DET = new Set(['seorang', 'salah', 'satu', 'sang', 'para', 'sejumlah', 'beberapa', 'the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'many']);
/** Words before a dot that is no sentence end: titles and initials ("Dr.", "Gov.", "St.", "J."). */
const ABBREV = /(?:^|[\s(])(?:dr|mr|mrs|ms|prof|gov|sen|rep|st|lt|gen|col|capt|sgt|jr|sr|rev|hon|drs|ir|h|hj|[A-Z])$/i;
const ID_VERBISH = /^(me[mnr]?|meng|meny|ber|di|ter|mem|per)[a-z]{3,}$/;

function roleOrPlace(low: string, R: LatinRules): boolean {
  const lex = R.lang === 'id' ? ID.ID_ROLES : EN.EN_ROLES;
  const place = R.lang === 'id' ? ID.ID_PLACE_ORG : EN.EN_PLACE_ORG;
  return lex.has(low) || place.has(low) || R.groupNouns.has(low) || DET.has(low);
}

const isDayChunk = (c: string, R: LatinRules) => {
  const first = lc(bare(c.trim().split(/\s+/)[0] ?? ''));
  return R.days.has(first) || /^\(?\d/.test(c.trim()) || /^(kemarin|tadi|hari|yesterday|today|tonight|last|this|pekan|minggu|bulan|tahun)\b/i.test(c.trim());
};

/** The speaker phrase before a reporting verb: "Sementara itu, Dubes …, Budi Hartono [mengatakan]". */
export function subjectBefore(text: string, from: number, verbAt: number, R: LatinRules): Mention | null {
  let pre = text.slice(from, verbAt);
  // After a quotation only the words after it can be the subject: “…,” Budi menambahkan.
  const lastQ = Math.max(...['"', '“', '”', '„', '」'].map((c) => pre.lastIndexOf(c)));
  if (lastQ >= 0) pre = pre.slice(lastQ + 1).replace(/^[\s,.]+/, '');
  let s = pre.replace(/[\s,]+$/, '');
  for (;;) {
    const m = /(?:^|\s)([\p{L}-]+)$/u.exec(s);
    if (!m || !R.adverbs.has(lc(m[1])) || s.length === m[1].length) break;
    s = s.slice(0, s.length - m[0].length).replace(/[\s,]+$/, '');
  }
  // "Penulis novel, antara lain, Langit Merah … ini menyebutkan": a role described and closed by a demonstrative is a
  // back-reference to someone met before, whatever capitalised titles it lists on the way.
  if (R.lang === 'id') {
    const lead = s.replace(/^(sementara itu|selain itu|namun|kemudian|lebih lanjut),?\s+/i, '');
    const head = lc(bare(lead.split(/\s+/)[0] ?? ''));
    if (/\s(ini|itu|tersebut)$/i.test(lead) && ID.ID_ROLES.has(head) && !/^(ia|dia)$/.test(head)) {
      const role = commaParts(lead)[0];
      return mention('pronoun', lead, from + Math.max(0, text.slice(from, verbAt).indexOf(lead.split(/\s+/)[0])), { role });
    }
  }
  const chunks = commaParts(s);
  while (chunks.length > 1 && (isDayChunk(chunks[chunks.length - 1], R) || R.adjunct.has(lc(chunks[chunks.length - 1].split(/\s+/)[0])))) chunks.pop();
  // "Jim Courier, commentating for Nine, said": a participle or relative clause after the subject is no part of it.
  while (chunks.length > 1 && isAsideChunk(chunks[chunks.length - 1], R)) chunks.pop();
  while (chunks.length > 1 && isConnectorChunk(chunks[0], R)) chunks.shift();
  // "Lebih jauh, pascapenangkapan T, ia mengatakan", "Hasil pemeriksaan awal, Wira mengatakan": a fronted phrase
  // of ordinary words before a pronoun or a bare name is an adjunct; the pronoun or the name is the subject.
  if (chunks.length > 1) {
    const lastToks = tokens(chunks[chunks.length - 1]);
    const lastIsPronoun = lastToks.length === 1 && R.pronouns.has(lc(bare(lastToks[0])));
    const lastIsName = lastToks.length <= 4 && lastToks.every((t) => isCap(t)) && !lastToks.some((t) => roleOrPlace(lc(bare(t)), R));
    const plain = (c: string) => tokens(c).some((t) => !isCap(t) && !roleOrPlace(lc(bare(t)), R) && !/^(dan|of|and|for|the|yang)$/i.test(t));
    if (R.lang === 'id' && (lastIsPronoun || (lastIsName && chunks.slice(0, -1).every(plain)))) chunks.splice(0, chunks.length - 1);
  }
  if (!chunks.length) return null;
  // Inside the last chunk, an adjunct ends the phrase: "Budi saat ditemui di kantornya".
  const lastToks = tokens(chunks[chunks.length - 1]);
  const cut = lastToks.findIndex((t, i) => i > 0 && R.adjunct.has(lc(t)) && (R.lang === 'en' || !isCap(t)));
  if (cut > 0) chunks[chunks.length - 1] = lastToks.slice(0, cut).join(' ');
  // "…strengthened on Monday, and forecasters warned": a coordinated clause has its own subject after "and".
  if (chunks.length > 1 && /^(and|but|dan|tetapi|namun)\s/i.test(chunks[chunks.length - 1])) chunks.splice(0, chunks.length - 1);
  // A single chunk may still open with a connector phrase without a comma: "Selain itu Budi".
  chunks[0] = chunks[0].replace(/^(sementara itu|selain itu|namun|kemudian|lebih lanjut|meanwhile|however|separately)\s+/i, '');
  chunks[chunks.length - 1] = chunks[chunks.length - 1].replace(/^(and|but|so|dan|tetapi|tapi|namun|serta)\s+/i, '');
  const np = chunks.join(', ').trim();
  if (!np || np.length > 160) return null;
  const toks = tokens(np);
  if (toks.length > (R.lang === 'id' ? 14 : 18)) return null;
  const first = lc(bare(toks[0]));
  // "hospital leaders warned": a short lower-case phrase ending in a plural role is a group that speaks.
  const lastLow = lc(bare(toks[toks.length - 1]));
  const pluralRole = toks.length <= 3 && /s$/.test(lastLow) && (roleOrPlace(lastLow.replace(/e?s$/, ''), R) || roleOrPlace(lastLow.replace(/s$/, ''), R));
  // "shop owner Kenji Tanaka": a role of two words opens the phrase as well as one does.
  const second = lc(bare(toks[1] ?? ''));
  const twoWordRole = roleOrPlace(`${first} ${second}`, R) || roleOrPlace(`${first}_${second}`, R);
  // "flood relief agency spokeswoman Maya Lestari": lower-case modifiers, a role, then a capitalised name.
  const roleThenName =
    R.lang === 'en' &&
    toks.length <= 8 &&
    toks.some((t, i) => i > 0 && roleOrPlace(lc(bare(t)), R) && toks.slice(i + 1).length >= 1 && toks.slice(i + 1).every((x) => isCap(x))) &&
    isCap(toks[toks.length - 1]);
  if (!isCap(toks[0]) && !R.pronouns.has(first) && !roleOrPlace(first, R) && !pluralRole && !twoWordRole && !roleThenName) return null;
  if (R.lang === 'id') {
    const yang = toks.findIndex((t) => lc(t) === 'yang');
    const head = yang >= 0 ? toks.slice(0, yang) : toks;
    if (head.some((t) => !isCap(t) && ID_VERBISH.test(lc(bare(t))) && !roleOrPlace(lc(bare(t)), R))) return null;
  } else if (
    toks.some((t) => /^(is|are|was|were|will|would|has|have|had|to|that|and|but)$/i.test(t)) &&
    !np.includes(',') &&
    // "Energy and Mineral Resources Minister Bahlil Lahadalia": "and" inside a capitalised title is no clause.
    !(toks.every((t) => isCap(t) || /^(and|of|for)$/.test(t)) && toks.filter(isCap).length >= 2)
  ) {
    return null;
  }
  if (R.notSpeaker.has(first)) return null;
  const m = parseLatinNP(np, R.lang, from + Math.max(0, text.slice(from, verbAt).indexOf(toks[0])));
  return m;
}

const PARTICIPLES = /^(shaken|known|seen|born|given|taken|written|driven|chosen|beaten|worn|sworn|flown|grown|shown|caught|brought|left|held|kept)$/;

/** A clause set off by commas after a subject: "commentating for Nine", "who heads the panel", "saat meninjau lokasi". */
function isAsideChunk(c: string, R: LatinRules): boolean {
  const first = tokens(c)[0] ?? '';
  if (isCap(first)) return false;
  const low = lc(bare(first));
  // "asked about her plans", "visibly shaken", "flanked by aides": a past participle or an adverb opening an aside.
  if (R.lang === 'en') {
    const toks = tokens(c);
    // "One investor, retired teacher Paul Wendell, testified": a chunk that ends in a name is an apposition, not an aside.
    const endsInName = toks.length >= 3 && isCap(toks[toks.length - 1]) && isCap(toks[toks.length - 2]);
    return (
      (endsInName ? false : /^[a-z]{3,}ed$/.test(low) || /^[a-z]{3,}ly$/.test(low) || PARTICIPLES.test(low)) ||
      /^(who|which|whose)$/.test(low) ||
      (/[a-z]{3,}ing$/.test(low) && !/^(during|including|according)$/.test(low))
    );
  }
  return /^(saat|ketika|sewaktu|seusai|usai|yang)$/.test(low);
}

function isConnectorChunk(c: string, R: LatinRules): boolean {
  const toks = tokens(c);
  const first = lc(bare(toks[0] ?? ''));
  if (R.connectorStart.has(first)) return true;
  if (isDayChunk(c, R)) return true;
  // A participle clause ("Ditemui di kantornya", "Speaking at a forum") is not a subject.
  if (R.lang === 'id') return /^(di|ter)[a-z]{4,}$/.test(first) && !ID.ID_PLACE_ORG.has(first);
  // "Outside St Thomas' Hospital, nurse …": a place adjunct opening the sentence.
  // "In Miyazaki city, shop owner …": a preposition and a place, then the subject.
  if (/^(in|at|on)$/.test(first) && toks.length <= 4) return true;
  if (/^(outside|inside|near|across|around|along|amid|among|behind|beyond|throughout|within|from|back|elsewhere|nearby|there|here|now)$/.test(first)) return true;
  return /ing$/.test(first) && !isCap(toks[0] ?? '');
}

/** The speaker phrase after a cue word: "kata Kabid Humas Polda Sulut, Kombes Pol Hartono, kepada wartawan". */
export function npForward(text: string, from: number, limit: number, R: LatinRules): Mention | null {
  let s = text.slice(from, limit);
  // "ujar pria yang akrab disapa Emil itu": a description ending in "itu" points back like a pronoun.
  let desc = R.lang === 'id' ? /^\s*(pria|wanita|perempuan|lelaki|sosok|politikus|politisi|mantan|purnawirawan|bapak|ibu)\s[^,.;"“”]{0,60}?\s(itu|tersebut)(?=[\s,.]|$)/iu.exec(s) : null;
  // "tutur bek yang bermain di Serie A itu": any role described with "yang … itu" points back too.
  if (!desc && R.lang === 'id') {
    const d = /^\s*([\p{Ll}-]+)\s+(?:yang|berusia|asal)\s[^,.;"“”]{0,60}?\s(itu|tersebut)(?=[\s,.]|$)/u.exec(s);
    if (d && ID.ID_ROLES.has(d[1])) desc = d;
  }
  // "kata sang pelatih": sang + a role points back at whoever holds it.
  if (!desc && R.lang === 'id') desc = /^\s*sang\s+([\p{Ll}-]+)(?=[\s,.]|$)/u.exec(s);
  // The role word and what follows "asal" are the description; the nearest speaker it fits is meant.
  if (desc) return mention('pronoun', desc[0].trim(), from, { role: desc[0].trim() });
  // "said Dr. Vivek Trivedi": the dot of a title or an initial does not end the phrase.
  const stopRe = /["“”„「]|\s[–—]\s|\s-\s|\(\d|[.!?;](?=\s|$)/g;
  let stop: RegExpExecArray | null;
  while ((stop = stopRe.exec(s)) && stop[0] === '.' && ABBREV.test(s.slice(Math.max(0, stop.index - 6), stop.index))) continue;
  if (stop) s = s.slice(0, stop.index);
  const re = /\([^)]*\)|[^\s()]+/g;
  let end = 0;
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = re.exec(s))) {
    const tok = m[0];
    const low = lc(bare(tok));
    if (!low) break;
    const lowerTok = !isCap(tok) && !/^\(/.test(tok);
    if (R.adjunct.has(low) && (R.lang === 'en' || lowerTok) && count > 0) break;
    if (R.days.has(low)) break;
    if (R.lang === 'id' && lowerTok && !roleOrPlace(low, R) && !R.pronouns.has(low) && count > 0) break;
    if ((R.strong.has(low) || R.weak.has(low)) && count > 0) break;
    end = m.index + tok.replace(/[,]+$/, '').length;
    count++;
    if (count > 14) break;
  }
  const np = s.slice(0, end).trim();
  if (!np) return null;
  const first = lc(bare(tokens(np)[0] ?? ''));
  if (R.pronouns.has(first) && tokens(np).length === 1) return mention('pronoun', np, from);
  return parseLatinNP(np, R.lang, from + (s.length - s.trimStart().length));
}
