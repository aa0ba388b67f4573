// Indonesian and English cue tables: attribution after/before a quote, reporting verbs, titles and scare-quote markers.
import * as ID from './lexicon-id';
import * as EN from './lexicon-en';
import { alternation } from './text';
import type { LatinLang } from './np-latin';

export interface LatinRules {
  lang: LatinLang;
  /** After a closing mark: ,” kata X / ,” jelasnya / ," said X. Group 1 = cue, group 2 = "nya". */
  postCue: RegExp;
  /** Verbs for "X verb" after a quote (," X said) and for reported speech. */
  postVerb: RegExp;
  strong: Set<string>;
  weak: Set<string>;
  /** Any reporting verb as a whole word (global). */
  sayRe: RegExp;
  negation: Set<string>;
  adverbs: Set<string>;
  connectorStart: Set<string>;
  adjunct: Set<string>;
  days: Set<string>;
  notSpeaker: Set<string>;
  pronouns: Set<string>;
  /** Words just before a quote that make it a title or a term, not speech. */
  titleBefore: RegExp;
  /** Verbs that govern a one- or two-word partial quote: menyebut … “X”, called it “X”. */
  partialVerbs: Set<string>;
  /** "Menurut X," / "According to X,". */
  accordingTo: RegExp;
  /** Subject words allowed in lower case: warga, polisi, officials. */
  groupNouns: Set<string>;
}

const B = '(?<![\\p{L}\\p{N}-])';
const E = '(?![\\p{L}\\p{N}-])';
const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

export const RULES: Record<LatinLang, LatinRules> = {
  id: {
    lang: 'id',
    postCue: new RegExp(
      `^\\s*[,.!?]?\\s*(?:(?:demikian|begitu)\\s+)?(?:(${alternation(ID.ID_POST_CUES)})(nya)?|(${alternation(ID.ID_POST_CUES_NYA)})(nya))${E}`,
      'iu',
    ),
    postVerb: new RegExp(`${B}(${alternation([...ID.ID_SAY_STRONG, ...ID.ID_SAY_WEAK])})${E}`, 'u'),
    strong: lower(ID.ID_SAY_STRONG),
    weak: lower(ID.ID_SAY_WEAK),
    sayRe: new RegExp(`${B}(${alternation([...ID.ID_SAY_STRONG, ...ID.ID_SAY_WEAK])})${E}`, 'gu'),
    negation: lower(ID.ID_NEGATION),
    adverbs: lower(ID.ID_ADVERBS),
    connectorStart: lower(ID.ID_CONNECTOR_START),
    adjunct: lower(ID.ID_ADJUNCT),
    days: lower(ID.ID_DAYS),
    notSpeaker: lower(ID.ID_NOT_SPEAKER),
    pronouns: lower(ID.ID_PRONOUNS),
    titleBefore: new RegExp(
      `${B}(berjudul|bertajuk|bertema|bertagline|bernama|berlabel|dijuluki|julukan|istilah|sebutan|slogan|jargon|tagar|tema|program|film|lagu|buku|novel|album|judul|acara|gerakan|kampanye|operasi|aplikasi|singkatan|moto|motto|semboyan|frasa|kata|kategori|nama|festival|pameran|lomba|tajuk|kolom|rubrik|akun|merek|brand|produk|sinetron|serial|drama|hashtag|label|konsep|mars|hymne|yel-yel|kalimat|ungkapan|populer|dikenal|disebut|dengan)\\s*$`,
      'iu',
    ),
    partialVerbs: lower([...ID.ID_SAY_STRONG, 'menyebutnya', 'menggambarkan', 'menyebut', 'sebagai', 'menjuluki', 'berjanji', 'mengecam', 'memuji']),
    accordingTo: /^menurut(?:nya)?(?![\p{L}])/iu,
    groupNouns: lower(
      'warga polisi pemerintah petugas pihak aparat tim panitia para sejumlah beberapa pengamat ekonom peneliti pedagang petani nelayan pengusaha aktivis pakar ahli sumber pejabat otoritas kepolisian manajemen perusahaan'.split(
        ' ',
      ),
    ),
  },
  en: {
    lang: 'en',
    postCue: new RegExp(`^\\s*[,.!?]?\\s*(${alternation(EN.EN_POST_VERBS)})()${E}`, 'iu'),
    postVerb: new RegExp(`${B}(${alternation(EN.EN_POST_VERBS)})${E}`, 'u'),
    strong: lower(EN.EN_SAY_STRONG),
    weak: lower(EN.EN_SAY_WEAK),
    sayRe: new RegExp(`${B}(${alternation([...EN.EN_SAY_STRONG, ...EN.EN_SAY_WEAK, 'pointed out'])})${E}`, 'gu'),
    negation: lower(EN.EN_NEGATION),
    adverbs: lower(EN.EN_ADVERBS),
    connectorStart: lower(EN.EN_CONNECTOR_START),
    adjunct: lower(EN.EN_ADJUNCT),
    days: lower(EN.EN_DAYS),
    notSpeaker: lower(EN.EN_NOT_SPEAKER),
    pronouns: lower(EN.EN_PRONOUNS),
    titleBefore: new RegExp(
      `${B}(titled|entitled|dubbed|nicknamed|named|so-called|term|terms|phrase|slogan|motto|hashtag|film|movie|book|song|album|show|series|campaign|operation|movement|app|word|words|label|tag|code-named|codenamed|programme|program|project|brand|initiative|festival|exhibition|column|headline|known as|dubbed as)\\s*$`,
      'iu',
    ),
    partialVerbs: lower([
      ...EN.EN_SAY_STRONG,
      'called',
      'calling',
      'described',
      'describing',
      'termed',
      'labelled',
      'labeled',
      'branded',
      'dismissed',
      'praised',
      'hailed',
      'vowed',
      'promised',
      'pledged',
      'urged',
      'as',
    ]),
    accordingTo: /^according to(?![\p{L}])/iu,
    groupNouns: lower(
      'officials police analysts residents witnesses sources experts economists investors traders authorities officers doctors lawyers prosecutors critics protesters organizers organisers forecasters meteorologists scientists researchers strategists fans shareholders regulators investigators lawmakers the a an some many several two three one'.split(
        ' ',
      ),
    ),
  },
};
