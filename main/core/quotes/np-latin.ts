// Speaker noun phrases in Indonesian and English: "Gubernur Sulawesi Utara (Sulut) Budi Hartono", "Smith, a spokesman".
import { mention, type Mention } from './mention';
import * as ID from './lexicon-id';
import * as EN from './lexicon-en';

export type LatinLang = 'id' | 'en';

interface Lex {
  roles: Set<string>;
  titles: Set<string>;
  placeOrg: Set<string>;
  pronouns: Set<string>;
  days: Set<string>;
  roleHeadFirst: boolean;
}
const LEX: Record<LatinLang, Lex> = {
  id: {
    roles: ID.ID_ROLES,
    titles: ID.ID_TITLES,
    placeOrg: ID.ID_PLACE_ORG,
    pronouns: new Set(ID.ID_PRONOUNS),
    days: new Set(ID.ID_DAYS.map((d) => d.toLowerCase())),
    roleHeadFirst: true,
  },
  en: {
    roles: EN.EN_ROLES,
    titles: EN.EN_TITLES,
    placeOrg: EN.EN_PLACE_ORG,
    pronouns: new Set(EN.EN_PRONOUNS),
    days: new Set(EN.EN_DAYS.map((d) => d.toLowerCase())),
    roleHeadFirst: false,
  },
};
const MALE = new Set(['mr', 'mr.', 'pak', 'bapak', 'bung', 'mas', 'cak', 'sir', 'lord', 'he', 'his']);
const FEMALE = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'bu', 'ibu', 'mbak', 'ning', 'dame', 'lady', 'she', 'her']);
const PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'de', 'der', 'al', 'el', 'da', 'dos', 'la', 'le']);
const DETERMINERS = new Set(['seorang', 'salah', 'satu', 'sang', 'para', 'the', 'a', 'an', 'another', 'one', 'two', 'three', 'several', 'some']);
const MONTHS = new Set(
  'january february march april may june july august september october november december januari februari maret mei juni juli agustus oktober desember'.split(' '),
);

const lc = (s: string) => s.toLowerCase();
/** Nouns that, bare and in lower case, name a group of people rather than one person met before. */
const BARE_GROUPS: Record<LatinLang, Set<string>> = {
  id: new Set(
    'warga polisi petugas pedagang petani nelayan pengusaha aktivis pakar ahli pengamat ekonom peneliti saksi pejabat aparat relawan buruh karyawan pegawai siswa mahasiswa penumpang pengunjung penduduk orang'.split(' '),
  ),
  en: new Set(
    'residents officials police analysts witnesses experts economists investors traders authorities officers doctors lawyers prosecutors critics protesters organizers organisers villagers rescuers farmers workers sources people diplomats forecasters meteorologists scientists researchers strategists fans supporters players teammates fans shareholders nurses teachers students parents lawmakers legislators senators democrats republicans regulators investigators firefighters paramedics officials evacuees survivors'.split(' '),
  ),
};
const ORG_HEADS = new Set(
  'balai yayasan museum pt cv pondok pesantren perusahaan lembaga asosiasi himpunan ikatan paguyuban komunitas forum koperasi perkumpulan serikat gabungan sanggar klub rumah toko kafe restoran hotel universitas institut politeknik sekolah akademi'.split(
    ' ',
  ),
);
const TERRITORIAL = new Set(
  'camat lurah kades bupati wakil_bupati wali_kota walikota wakil_wali_kota kapolres kapolresta kapolrestabes kapolsek dandim danrem kajari sekda'
    .split(' ')
    .map((r) => r.replace(/_/g, ' ')),
);
const NEEDS_COMPLEMENT = new Set('kepala ketua direktur sekretaris deputi asisten koordinator komisaris anggota kabid kadis dirut'.split(' '));
const bare = (t: string) => t.replace(/^[(“"'‘]+|[)”"'’,.;:]+$/g, '');
export const isCap = (t: string) => /^[\p{Lu}]/u.test(bare(t));
const isAcronym = (t: string) => /^[A-Z][A-Z0-9&.-]{1,}$/.test(bare(t)) && !/^[A-Z]\.$/.test(t);
const isParen = (t: string) => /^\(.*\)$/.test(t);

/** Splits on commas outside parentheses. */
export function commaParts(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (c === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Whitespace tokens, keeping "(Sulut)" or "(Kepala Dinas)" together. */
export function tokens(s: string): string[] {
  return s.match(/\([^)]*\)|[^\s()]+/g) ?? [];
}

/** Longest role starting at token i (roles of up to three words). Returns the number of tokens, 0 if none. */
function roleAt(toks: string[], i: number, lex: Lex): number {
  for (let n = 3; n >= 1; n--) {
    if (i + n > toks.length) continue;
    const cand = toks
      .slice(i, i + n)
      .map((t) => lc(bare(t)))
      .join(' ');
    if (lex.roles.has(cand) || lex.roles.has(cand.replace(/\.$/, ''))) return n;
  }
  return 0;
}
function titleAt(toks: string[], i: number, lex: Lex): number {
  for (let n = 2; n >= 1; n--) {
    if (i + n > toks.length) continue;
    const cand = toks
      .slice(i, i + n)
      .map((t) => lc(bare(t)))
      .join(' ');
    if (lex.titles.has(cand) || lex.titles.has(cand + '.')) return n;
  }
  return 0;
}

/** "Park's lawyer", "Japan's top diplomat": a possessive describes someone else, it is never the speaker's name. */
const isPossessive = (t: string) => /['’]s?$/.test(t.replace(/[,.;:]+$/, '')) && /\p{L}['’]s?$/u.test(t.replace(/[,.;:]+$/, ''));
const isNameToken = (t: string, lex: Lex) =>
  (isCap(t) && !isPossessive(t) && !isParen(t) && !lex.days.has(lc(bare(t))) && !MONTHS.has(lc(bare(t))) && !/\d/.test(t)) || PARTICLES.has(lc(t));

/** Name tokens must include one that is not a place or body ("Kota Manado" is not a person). */
function looksLikeName(toks: string[], lex: Lex): boolean {
  if (!toks.length || toks.length > 6) return false;
  if (!toks.every((t) => isNameToken(t, lex))) return false;
  if (!isCap(toks[0])) return false;
  return toks.some((t) => !lex.placeOrg.has(lc(bare(t))) && !isAcronym(t) && !lex.roles.has(lc(bare(t))));
}

interface Part {
  name: string[];
  role: string[];
  titles: string[];
  roleAliases: string[];
  gender?: 'm' | 'f';
}

/** Parse one comma part: [titles] [role + complement] [titles] [name]. */
function parsePart(part: string, lang: LatinLang): Part {
  const lex = LEX[lang];
  let toks = tokens(part);
  while (toks.length && DETERMINERS.has(lc(toks[0]))) toks = toks.slice(1);
  const out: Part = { name: [], role: [], titles: [], roleAliases: [] };
  const takeTitles = () => {
    let n: number;
    while (toks.length && (n = titleAt(toks, 0, lex)) > 0) {
      const t = toks.slice(0, n);
      for (const x of t) {
        if (MALE.has(lc(x))) out.gender = 'm';
        if (FEMALE.has(lc(x))) out.gender = 'f';
      }
      out.titles.push(...t);
      toks = toks.slice(n);
    }
  };
  takeTitles();
  if (lex.roleHeadFirst) {
    const n = roleAt(toks, 0, lex);
    if (n > 0) {
      const head = lc(toks.slice(0, n).map(bare).join(' '));
      out.role.push(...toks.slice(0, n));
      toks = toks.slice(n);
      // The complement: places, bodies, lower-case words and acronyms; "Kota X" / "Polres X" take one more word,
      // and so do offices named after their territory ("Camat Bonang", "Kapolres Kudus").
      // "Kepala Desa Sukamaju Rahmat Hidayat": a role ending in a territorial unit takes that unit's name.
      let takeNext = (TERRITORIAL.has(head) || /\s(desa|kelurahan|kecamatan|kabupaten|kota|provinsi|dusun|kampung)$/.test(head)) && toks.length >= 3 && titleAt(toks, 0, lex) === 0;
      // "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kudus Arif …": an acronym in parentheses ends the body's name.
      const paren = toks.findIndex((t, k) => isParen(t) && k < toks.length - 1 && /^\([A-Z][A-Za-z]{1,9}\)$/.test(t));
      if (paren > 0 && toks.slice(0, paren).every((t) => !isParen(t)) && !roleAcronymFits(toks[paren].slice(1, -1), out.role)) {
        out.role.push(...toks.slice(0, paren + 1));
        toks = toks.slice(paren + 1);
        takeNext = false;
      }
      while (toks.length) {
        const t = toks[0];
        const low = lc(bare(t));
        if (isParen(t)) {
          const inner = t.slice(1, -1);
          if (/^[A-Z][A-Za-z]+$/.test(inner) && roleAcronymFits(inner, out.role)) out.roleAliases.push(inner);
          out.role.push(t);
        } else if (takeNext && isCap(t)) {
          out.role.push(t);
          takeNext = false;
          toks = toks.slice(1);
          continue;
        } else if (lex.placeOrg.has(low) || isAcronym(t) || /^[IVXL]+$/.test(bare(t)) || !isCap(t) || roleAt(toks, 0, lex) > 0) {
          if (titleAt(toks, 0, lex) > 0 && isCap(t)) break;
          out.role.push(t);
          takeNext = /^(kota|kabupaten|kab\.?|provinsi|polres|polresta|polrestabes|polsek|polda|universitas|desa|kecamatan|kelurahan|pt|bank|partai|kodim|korem|kodam|rsud|kampung|dusun|pulau)$/.test(low);
        } else break;
        toks = toks.slice(1);
      }
      takeTitles();
    }
  } else {
    // English: the role head comes last ("Indonesian Finance Minister Ana Wijaya"); "of State" may follow it.
    let last = -1;
    for (let i = 0; i < toks.length; i++) {
      const n = roleAt(toks, i, lex);
      if (n <= 0) continue;
      const capsBefore = toks.slice(0, i).every((t) => isCap(t) || lex.placeOrg.has(lc(bare(t))) || isParen(t));
      // "opposition lawmaker Kim Han-gil": lower-case modifiers are fine when a name follows the role.
      const nameAfter = i + n < toks.length && toks.slice(i + n).every((t) => isNameToken(t, lex) || lc(t) === 'of');
      if (capsBefore || nameAfter) last = i + n - 1;
    }
    // "said pastry chef Anna Reyes": lower-case words before a capitalised name describe the person.
    const lowLead = toks.findIndex((t) => isCap(t));
    const describing = toks.slice(0, Math.max(0, lowLead)).every((t) => !/(ed|ing)$/.test(t) && !/^(by|of|for|at|in|with|from|to|on|and|or|but)$/.test(t));
    if (last < 0 && lowLead > 0 && lowLead <= 3 && describing && toks.slice(lowLead).every((t) => isNameToken(t, lex)) && toks.length - lowLead <= 4) {
      last = lowLead - 1;
    }
    if (last < 0 && toks.length && !isCap(toks[0])) {
      // "spokeswoman for the ministry", "a police officer"
      const i = toks.findIndex((_, k) => roleAt(toks, k, lex) > 0);
      if (i >= 0) return { ...out, role: toks };
    }
    // "Martin Luther King": a role word closing a run of names is part of the name.
    if (last === toks.length - 1 && last > 0 && toks.slice(0, last).every((t) => isCap(t) && !lex.placeOrg.has(lc(bare(t))))) last = -1;
    if (last >= 0) {
      let end = last + 1;
      if (toks[end] && lc(toks[end]) === 'of') {
        end++;
        while (end < toks.length && (lex.placeOrg.has(lc(bare(toks[end]))) || isAcronym(toks[end]))) end++;
      }
      out.role.push(...toks.slice(0, end));
      toks = toks.slice(end);
      takeTitles();
    }
  }
  // The rest should be a name; a trailing acronym in parentheses is an alias of the name ("Ana Wijaya (AW)").
  let name: string[] = [];
  for (const t of toks) {
    if (isParen(t)) break;
    if (!isNameToken(t, lex)) break;
    // Initials keep their dots: "J.D. Harlow", not "J.D Harlow".
    name.push(/^(?:\p{Lu}\.){2,}$/u.test(t.replace(/[,;:]+$/, '')) ? t.replace(/[,;:]+$/, '') : bare(t));
  }
  // "Kepala Pusat Riset Iklim dan Cuaca (Kapusrisklim) BMKG Rina Hartati": Indonesian puts the person last, so when
  // the body's name goes on past the first capitalised run, the name is the run that closes the phrase.
  if (lang === 'id' && out.role.length && name.length && name.length < toks.length) {
    let k = toks.length;
    while (k > name.length && isNameToken(toks[k - 1], lex) && !isAcronym(toks[k - 1]) && !lex.placeOrg.has(lc(bare(toks[k - 1])))) k--;
    const tail = toks.slice(k).map(bare);
    if (k > name.length && tail.length && tail.length <= 4 && looksLikeName(tail, lex)) {
      out.role.push(...toks.slice(0, k));
      name = tail;
    }
  }
  // "Kepala Balai Konservasi Borobudur Wiwit Kasiyati", "Dirut PDAM Tirta Moedal Yudi Indardo": after a body that
  // takes a proper name, a long capitalised run is that name and then the person's (usually two words).
  // A body closed by its acronym in parentheses ("PT Sinar Laut Abadi (SLA) Budi Hartono") has
  // ended: what follows is all name. "Universitas Katolik Soegijapranata Djoko …": the body's head sits two words back.
  const lastRole = out.role[out.role.length - 1] ?? '';
  const orgNear = out.role.slice(-2).some((t) => ORG_HEADS.has(lc(bare(t))));
  if (lang === 'id' && name.length >= 3 && (ORG_HEADS.has(lc(name[0])) || (out.role.length > 1 && ((isAcronym(lastRole) && !isParen(lastRole)) || orgNear)))) {
    out.role.push(...name.slice(0, -2));
    name = name.slice(-2);
  }
  // "Kepala Bapanas Rina Sari Dewi": a head that needs a complement takes the first word of a long run.
  if (lang === 'id' && name.length >= 4 && out.role.length === 1 && NEEDS_COMPLEMENT.has(lc(bare(out.role[0])))) out.role.push(name.shift()!);
  // "Kabid Binpres PBSI Eng Hian": an acronym after a role names the body, not the person.
  while (lang === 'id' && out.role.length && name.length >= 3 && isAcronym(name[0]) && !isAcronym(name[1])) out.role.push(name.shift()!);
  if (looksLikeName(name, lex)) out.name = name;
  else if (!out.role.length && toks.length) out.role = toks;
  return out;
}

/** "Menhub" fits "Menteri Perhubungan" (same first letters); "Sulut" does not fit "Gubernur Sulawesi Utara". */
function roleAcronymFits(acr: string, role: string[]): boolean {
  const head = lc(bare(role[0] ?? ''));
  return head.length >= 2 && lc(acr).startsWith(head.slice(0, 2)) && lc(acr) !== head;
}

/** English descriptions that point back to a person, with the role words that fit each. */
const DESCRIPTIONS: Record<string, string[]> = {
  diplomat: ['ambassador', 'envoy', 'consul', 'foreign'],
  envoy: ['ambassador', 'diplomat'],
  champion: ['winner', 'titleholder'],
  winner: ['champion'],
  star: ['player', 'singer', 'actor', 'actress'],
  lawmaker: ['senator', 'congressman', 'congresswoman', 'legislator', 'representative', 'mp'],
  billionaire: ['founder', 'tycoon', 'chairman'],
  tycoon: ['founder', 'billionaire', 'chairman'],
  striker: ['forward'],
  forward: ['striker'],
  midfielder: [],
  defender: [],
  goalkeeper: ['keeper'],
  singer: ['star'],
  actor: ['star'],
  actress: ['star'],
  runner: ['athlete'],
  athlete: [],
  investigator: ['detective'],
};

/** Parse a speaker phrase; returns null when it names nobody (an age, a date, an empty string). */
export function parseLatinNP(np: string, lang: LatinLang, at: number): Mention | null {
  const lex = LEX[lang];
  // A name never runs past a sentence end, even one with its space lost ("Ana Sari.Warga berkumpul").
  const raw = np.replace(/(?<=\p{Ll})[.!?](?=\p{Lu}\p{Ll})[^]*$/u, '').replace(/^[\s,;:–—-]+|[\s,.;:–—-]+$/g, '');
  if (!raw) return null;
  const low = lc(raw);
  if (lex.pronouns.has(low) || low === 'nya') {
    return mention('pronoun', raw, at, { gender: MALE.has(low) ? 'm' : FEMALE.has(low) ? 'f' : undefined });
  }
  // "the 31-year-old said": an age describes someone met before and points back like a pronoun.
  if (lang === 'en' && /^the\s+\d+-year-old$/i.test(raw)) return mention('pronoun', raw, at);
  // "the German", "the teenager", "the veteran": a nationality or a stage of life describes someone met before.
  const described = lang === 'en' ? /^[Tt]he\s+(teenager|youngster|veteran|\p{Lu}\p{Ll}+(?:ian|an|ese|ish|ch|i|er|ard|on))$/u.exec(raw) : null;
  if (described && !lex.pronouns.has(lc(described[1]))) return mention('pronoun', raw, at, { role: described[1] });
  // "the diplomat", "the champion": a description of someone met before, matched by what fits it (an ambassador is a
  // diplomat), else the person in focus — these words almost never introduce a new, unnamed speaker.
  const desc = lang === 'en' ? /^[Tt]he\s+([a-z-]+)$/.exec(raw) : null;
  if (desc && DESCRIPTIONS[desc[1]] !== undefined) return mention('pronoun', raw, at, { role: [desc[1], ...DESCRIPTIONS[desc[1]]].join(' ') });
  // "Menurut warga", "kata polisi", "residents said": a bare plural-like noun is a group, not "that resident" again.
  const words = low.split(/\s+/);
  if (words.length <= 3 && words.every((x) => /^[\p{Ll}-]+$/u.test(x)) && !words.some((x) => /^(itu|tersebut|ini)$/.test(x))) {
    const head = words.find((x) => !DETERMINERS.has(x) && x !== 'sejumlah' && x !== 'beberapa');
    if (head && BARE_GROUPS[lang].has(head)) return mention('group', raw, at, { name: raw });
  }
  // "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nadiem Makarim": a listed body is one part, not four.
  const listed = lang === 'id' ? raw.replace(/(\p{Lu}[\p{L}-]*),\s+(?=(?:\p{Lu}[\p{L}-]*,\s+)*dan\s+\p{Lu})/gu, '$1 ') : raw;
  const parts = commaParts(listed).filter((p) => !/^\d+$/.test(p) && !/^\(/.test(p));
  let name: string[] = [];
  const role: string[] = [];
  const roleAliases: string[] = [];
  let gender: 'm' | 'f' | undefined;
  const parsed = parts.map((p) => parsePart(p, lang));
  // "pakar hukum Universitas Gadjah Mada, Zaenur Rohman": a part that is only a name beats a name guessed after a role.
  const pure = parsed.find((r) => r.name.length && !r.role.length);
  if (pure) name = pure.name;
  for (const r of parsed) {
    gender ??= r.gender;
    if (r.name.length && !name.length) name = r.name;
    const roleText = [...r.role, ...(r.name.length ? r.titles : [])];
    if (roleText.length && (r.role.length || r.name.length)) role.push([...r.role, ...r.titles, ...(r.name !== name ? r.name : [])].join(' '));
    roleAliases.push(...r.roleAliases);
  }
  const roleStr = role
    .filter(Boolean)
    .join(', ')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  if (name.length) return mention('name', raw, at, { name: name.join(' '), role: roleStr, roleAliases, gender });
  const toks = tokens(raw);
  if (roleStr && toks.some((t, i) => roleAt(toks, i, lex) > 0)) return mention('role', raw, at, { role: roleStr, roleAliases, gender });
  // Bodies and groups that speak: "KPK", "polisi", "the ministry", "officials".
  // A body's full name may be long when every word of it is capitalised ("Dinas Lingkungan Hidup Daerah (DLHD) Kota Bogor").
  const properBody = toks.length <= 10 && isCap(toks[0]) && toks.every((t) => isCap(t) || isParen(t) || /^(dan|and|of|for|untuk)$/.test(t));
  if ((toks.length <= 6 || properBody) && !/\d{3,}/.test(raw)) return mention('group', raw, at, { name: raw.replace(/^(the|a|an)\s+/i, '') });
  return null;
}
