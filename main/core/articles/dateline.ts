// Dateline / credit-line recognition at the start of a story: outlet, place and (Korean) byline.
//
//   MONITOR, Semarang – …            outlet, Place          (which side is which: see roles())
//   SEMARANG, KOMPAS.com – …         PLACE, outlet
//   JAKARTA (ANTARA) - …             PLACE (outlet)
//   SEOUL, June 5 (Yonhap) -- …      PLACE, date (outlet)
//   KOMPAS.com - … / JAKARTA - …     outlet alone / place alone (only when recognisable)
//   (자카르타=연합뉴스) 김철수 기자 = …   (place=outlet) byline =
import type { Dateline } from '../../../preload/contract/common';

export interface DatelineMatch extends Dateline {
  byline: string;
  /** The credit as written, without the spaces around it ("JAKARTA, KOMPAS.com –"). */
  written: string;
  /** Characters of the input the credit occupies (leading space, separator and trailing space included). */
  length: number;
}

// Dashes need no spaces ("JOGJA—Bupati"); a hyphen or "--" needs a space on one side at least.
const SEP = String.raw`(?:\s*[–—―]\s*|\s+(?:--|[-−])\s*|\s*(?:--|[-−])\s+)`;
const NAME = String.raw`[\p{L}\p{N}][\p{L}\p{N}.&'’]*(?: [\p{L}\p{N}.&'’]+){0,4}`;
const DATE = String.raw`(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8})`;

const KOREAN = new RegExp(
  String.raw`^\s*[(\[【]\s*([가-힣A-Za-z ]{1,20}?)\s*=\s*([^)\]】=]{1,30}?)\s*[)\]】]` +
    String.raw`(?:\s*([가-힣]{2,4}(?:[·, ]+[가-힣]{2,4})*\s*(?:기자|특파원|통신원))\s*(?:\([^)]*\))?\s*=)?\s*`,
  'u',
);
const PAREN = new RegExp(String.raw`^\s*(${NAME})(?:,\s*(${DATE}))?\s*\((${NAME})\)${SEP}`, 'u');
const COMMA = new RegExp(String.raw`^\s*(${NAME}),\s*(${NAME})${SEP}`, 'u');
const ALONE = new RegExp(String.raw`^\s*(${NAME})${SEP}`, 'u');

/** Words that fill the "place" slot of a Korean credit but are not places: photo and graphic credits. */
const KO_NOT_PLACE = new Set(['사진', '자료', '그래픽', '제공', '영상', '출처', '편집']);

const OUTLETS = new Set(
  [
    'antara', 'reuters', 'ap', 'afp', 'bloomberg', 'xinhua', 'kyodo', 'yonhap', 'upi', 'dpa', 'efe', 'bernama',
    'cnn indonesia', 'cnbc indonesia', 'cnn', 'bbc', 'voa', 'tempo', 'kompas', 'detikcom', 'detiknews',
    'detikfinance', 'republika', 'okezone', 'sindonews', 'kumparan', 'idn times', 'jawa pos', 'jpnn',
    'media indonesia', 'monitor', 'viva', 'kontan', 'katadata', 'beritasatu', 'the jakarta post', 'jakarta post',
    'jakarta globe', 'metro tv', 'tvri', 'rri', 'inews', 'the korea herald', 'korea herald', 'korea times',
  ],
);
const PLACES = new Set(
  [
    // Indonesia
    'jakarta', 'bandung', 'surabaya', 'semarang', 'yogyakarta', 'medan', 'makassar', 'denpasar', 'palembang',
    'padang', 'pekanbaru', 'banjarmasin', 'balikpapan', 'samarinda', 'pontianak', 'manado', 'ambon', 'jayapura',
    'kupang', 'mataram', 'malang', 'solo', 'surakarta', 'bogor', 'depok', 'tangerang', 'bekasi', 'batam',
    'banda aceh', 'jambi', 'bengkulu', 'bandar lampung', 'lampung', 'serang', 'cirebon', 'tasikmalaya', 'magelang',
    'kudus', 'pati', 'tegal', 'pekalongan', 'purwokerto', 'sleman', 'bantul', 'kediri', 'jember', 'banyuwangi',
    'palu', 'kendari', 'gorontalo', 'ternate', 'sorong', 'merauke', 'nusa dua', 'badung', 'mamuju',
    'tanjung pinang', 'pangkal pinang', 'sumedang', 'garut', 'sukabumi', 'karawang', 'cilegon', 'salatiga',
    'klaten', 'boyolali', 'sragen', 'wonogiri', 'cilacap', 'banyumas', 'mojokerto', 'sidoarjo', 'gresik', 'labuan bajo',
    // elsewhere
    'washington', 'new york', 'london', 'paris', 'berlin', 'brussels', 'geneva', 'beijing', 'shanghai', 'tokyo',
    'seoul', 'busan', 'incheon', 'pyongyang', 'singapore', 'kuala lumpur', 'bangkok', 'manila', 'hanoi',
    'canberra', 'sydney', 'moscow', 'kyiv', 'kiev', 'jerusalem', 'gaza', 'cairo', 'riyadh', 'dubai', 'tehran',
    'ankara', 'istanbul', 'new delhi', 'hong kong', 'taipei', 'ottawa', 'brasilia', 'mexico city',
    'los angeles', 'san francisco', 'chicago', 'rome', 'madrid', 'vienna', 'the hague', 'jeddah', 'mecca',
    'dili', 'united nations', 'davos', 'tel aviv', 'beirut', 'baghdad', 'kabul', 'islamabad', 'dhaka',
  ],
);
/** Abbreviations that stay in capitals when a place is normalised. */
const KEEP_UPPER = new Set(['DKI', 'DIY', 'NTB', 'NTT', 'UK', 'US', 'USA', 'UAE', 'D.C.', 'DC', 'PBB']);

const DOMAIN = /\.(?:com|co|id|net|org|tv|news)\b/i;
const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function isOutlet(s: string): boolean {
  const f = fold(s);
  return DOMAIN.test(s) || OUTLETS.has(f) || /(뉴스|일보|신문|방송|통신)$/.test(f);
}
const isPlace = (s: string) => PLACES.has(fold(s));
/** "SEMARANG" or "BANDA ACEH": at least three capital letters and no lower-case ones. */
const isAllCaps = (s: string) => /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const startsUpper = (s: string) => /^[\p{Lu}\p{N}]/u.test(s);

/** "SEMARANG" → "Semarang", "BANDA ACEH" → "Banda Aceh", "DKI JAKARTA" → "DKI Jakarta"; mixed case is kept. */
export function normalisePlace(place: string): string {
  const p = place.trim().replace(/\s+/g, ' ');
  if (!isAllCaps(p)) return p;
  return p
    .split(' ')
    .map((w) =>
      KEEP_UPPER.has(w)
        ? w
        : w
            .split('-')
            .map((part) => part.charAt(0) + part.slice(1).toLowerCase())
            .join('-'),
    )
    .join(' ');
}

/** For "X, Y –": decide which side is the outlet. Null when neither side looks like a credit. */
function roles(x: string, y: string): { outlet: string; place: string } | null {
  if (!startsUpper(x) || !(startsUpper(y) || isOutlet(y))) return null;
  const ox = isOutlet(x);
  const oy = isOutlet(y);
  if (ox && !oy) return { outlet: x, place: y };
  if (oy && !ox) return { outlet: y, place: x };
  const px = isPlace(x);
  const py = isPlace(y);
  if (px && !py) return { outlet: y, place: x };
  if (py && !px) return { outlet: x, place: y };
  // Unknown names: Indonesian desks write "KOTA, Outlet –", so a capitalised first part is the place.
  if (isAllCaps(x) && !isAllCaps(y)) return { outlet: y, place: x };
  return null;
}

function result(head: string, outlet: string, place: string, byline: string, length: number, date = ''): DatelineMatch {
  const written = head.slice(0, length).trim();
  const separator = /(?:--|[–—―\-−=])$/.exec(written)?.[0] ?? '';
  return {
    outlet: outlet.trim(),
    place: normalisePlace(place),
    ...(date.trim() ? { date: date.trim() } : {}),
    ...(separator ? { separator } : {}),
    written,
    byline: byline.trim(),
    length,
  };
}

/** Recognise a credit line at the start of `text` (the first paragraph). Null when there is none. */
export function parseDateline(text: string): DatelineMatch | null {
  const head = text.slice(0, 200);
  let m = KOREAN.exec(head);
  if (m) {
    const place = m[1].trim();
    if (KO_NOT_PLACE.has(place)) return null;
    return result(head, m[2], place, m[3] ?? '', m[0].length);
  }
  m = PAREN.exec(head);
  if (m && startsUpper(m[1]) && (isOutlet(m[3]) || startsUpper(m[3]))) {
    if (isPlace(m[1]) || isAllCaps(m[1]) || isOutlet(m[3])) return result(head, m[3], m[1], '', m[0].length, m[2] ?? '');
  }
  m = COMMA.exec(head);
  if (m) {
    const r = roles(m[1], m[2]);
    if (r) return result(head, r.outlet, r.place, '', m[0].length);
  }
  m = ALONE.exec(head);
  if (m) {
    const s = m[1];
    if (isOutlet(s)) return result(head, s, '', '', m[0].length);
    if (isPlace(s) || (isAllCaps(s) && !/\d/.test(s) && s.split(' ').length <= 3)) return result(head, '', s, '', m[0].length);
  }
  return null;
}

const same = (a: string | undefined, b: string | undefined) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** The stored dateline from a recognised credit (what import, paste and typing keep). */
export function datelineOf(m: DatelineMatch): Dateline {
  return {
    outlet: m.outlet,
    place: m.place,
    ...(m.date ? { date: m.date } : {}),
    ...(m.separator ? { separator: m.separator } : {}),
    written: m.written,
  };
}

/** A credit typed at the start of the lead, as the editor offers it: the dateline, the byline, and how long it is. */
export function describeDateline(text: string): { dateline: Dateline; byline: string; length: number } | null {
  const m = parseDateline(text);
  return m ? { dateline: datelineOf(m), byline: m.byline, length: m.length } : null;
}

/**
 * The credit that opens the lead in every export: exactly as written while outlet and place still say what
 * the written form says; once the editor changed them, composed from the fields ("Place, Outlet –"), never
 * forced into capitals. Empty when there is no dateline.
 */
export function datelineLead(d: Dateline): string {
  const w = d.written?.trim();
  if (w) {
    const again = parseDateline(`${w} x`);
    if (again && same(again.outlet, d.outlet) && same(again.place, d.place) && (!d.date || same(again.date, d.date))) return w;
  }
  const place = d.place.trim();
  const outlet = d.outlet.trim();
  if (!place && !outlet) return '';
  const sep = d.separator?.trim() || '–';
  const date = d.date?.trim();
  const credit = date ? `${[place, date].filter(Boolean).join(', ')}${outlet ? ` (${outlet})` : ''}` : [place, outlet].filter(Boolean).join(', ');
  return sep === '=' ? credit : `${credit} ${sep}`;
}
