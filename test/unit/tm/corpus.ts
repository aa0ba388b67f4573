// Seeded generator of realistic id→ko news sentence pairs and near-match queries, for TM tests and the bench.
import type { TmUnitInput } from '../../../main/core/tm/types';

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(xs: readonly T[]) => T;

const PEOPLE: [string, string][] = [
  ['Joko Widodo', '조코 위도도'], ['Prabowo Subianto', '프라보워 수비안토'], ['Sri Mulyani', '스리 물야니'],
  ['Anies Baswedan', '아니스 바스웨단'], ['Ganjar Pranowo', '간자르 프라노워'], ['Ridwan Kamil', '리드완 카밀'],
  ['Erick Thohir', '에릭 토히르'], ['Retno Marsudi', '레트노 마르수디'], ['Budi Gunadi Sadikin', '부디 구나디 사디킨'],
  ['Basuki Hadimuljono', '바수키 하디물요노'], ['Luhut Pandjaitan', '루훗 판자이탄'], ['Puan Maharani', '푸안 마하라니'],
  ['Mahfud MD', '마푸드 엠데'], ['Tito Karnavian', '티토 카르나비안'], ['Bahlil Lahadalia', '바릴 라하달리아'],
  ['Airlangga Hartarto', '아이를랑가 하르타르토'], ['Nadiem Makarim', '나디엠 마카림'], ['Yaqut Cholil', '야쿠트 콜릴'],
];
const ROLES: [string, string][] = [
  ['Presiden', '대통령'], ['Menteri Keuangan', '재무장관'], ['Gubernur', '주지사'], ['Menteri Luar Negeri', '외무장관'],
  ['Menteri Kesehatan', '보건장관'], ['Ketua DPR', '국회의장'], ['Menteri BUMN', '국영기업부 장관'],
  ['Wali Kota', '시장'], ['Kepala Polisi', '경찰청장'], ['Menteri Perdagangan', '무역장관'],
];
const PLACES: [string, string][] = [
  ['Jakarta', '자카르타'], ['Surabaya', '수라바야'], ['Bandung', '반둥'], ['Medan', '메단'], ['Makassar', '마카사르'],
  ['Semarang', '스마랑'], ['Yogyakarta', '족자카르타'], ['Denpasar', '덴파사르'], ['Palembang', '팔렘방'],
  ['Balikpapan', '발릭파판'], ['Pontianak', '폰티아낙'], ['Manado', '마나도'], ['Jayapura', '자야푸라'],
  ['Kupang', '쿠팡'], ['Padang', '파당'], ['Banjarmasin', '반자르마신'], ['Ambon', '암본'], ['Mataram', '마타람'],
];
const TOPICS: [string, string][] = [
  ['harga beras', '쌀 가격'], ['subsidi bahan bakar', '연료 보조금'], ['pembangunan jalan tol', '고속도로 건설'],
  ['inflasi', '인플레이션'], ['ekspor nikel', '니켈 수출'], ['banjir musiman', '계절성 홍수'],
  ['pemilihan kepala daerah', '지방선거'], ['vaksinasi anak', '아동 예방접종'], ['ibu kota baru', '새 수도'],
  ['kemacetan lalu lintas', '교통 체증'], ['kebakaran hutan', '산불'], ['pariwisata', '관광'],
  ['anggaran pendidikan', '교육 예산'], ['harga minyak goreng', '식용유 가격'], ['investasi asing', '외국인 투자'],
  ['transportasi umum', '대중교통'], ['pengangguran', '실업'], ['stunting', '아동 발육부진'],
  ['energi terbarukan', '재생에너지'], ['tarif listrik', '전기 요금'], ['kereta cepat', '고속철도'],
  ['sampah plastik', '플라스틱 쓰레기'], ['gempa bumi', '지진'], ['kredit usaha rakyat', '서민 대출'],
];
const DAYS: [string, string][] = [
  ['Senin', '월요일'], ['Selasa', '화요일'], ['Rabu', '수요일'], ['Kamis', '목요일'], ['Jumat', '금요일'],
  ['Sabtu', '토요일'], ['Minggu', '일요일'],
];
const MONTHS: [string, string][] = [
  ['Januari', '1월'], ['Februari', '2월'], ['Maret', '3월'], ['April', '4월'], ['Mei', '5월'], ['Juni', '6월'],
  ['Juli', '7월'], ['Agustus', '8월'], ['September', '9월'], ['Oktober', '10월'], ['November', '11월'],
  ['Desember', '12월'],
];
const ORGS: [string, string][] = [
  ['Bank Indonesia', '인도네시아 중앙은행'], ['Badan Pusat Statistik', '중앙통계청'], ['KPK', '부패척결위원회'],
  ['BMKG', '기상기후지구물리청'], ['Pertamina', '페르타미나'], ['PLN', '국영전력공사'], ['OJK', '금융감독청'],
  ['Kementerian Perhubungan', '교통부'], ['DPR', '국회'], ['BPBD', '지역재난관리청'],
];

interface Slots {
  p: [string, string]; r: [string, string]; pl: [string, string]; t: [string, string]; t2: [string, string];
  d: [string, string]; mo: [string, string]; o: [string, string]; n: number; n2: number; pct: string; date: number;
}

type Template = (s: Slots) => [string, string];

const TEMPLATES: Template[] = [
  (s) => [`${s.r[0]} ${s.p[0]} mengatakan pemerintah akan menurunkan ${s.t[0]} sebelum akhir tahun.`,
    `${s.p[1]} ${s.r[1]}은 정부가 연말 전에 ${s.t[1]}을 낮출 것이라고 말했다.`],
  (s) => [`"Kami tidak akan mundur dari rencana ini," kata ${s.p[0]} di ${s.pl[0]}, ${s.d[0]} (${s.date}/${s.mo[1].replace('월', '')}).`,
    `${s.p[1]}는 ${s.d[1]} ${s.pl[1]}에서 "우리는 이 계획에서 물러서지 않을 것"이라고 말했다.`],
  (s) => [`${s.o[0]} mencatat ${s.t[0]} naik ${s.pct} persen pada ${s.mo[0]} dibandingkan bulan sebelumnya.`,
    `${s.o[1]}은 ${s.mo[1]} ${s.t[1]}이 전월 대비 ${s.pct}% 상승했다고 밝혔다.`],
  (s) => [`Sebanyak ${s.n} warga di ${s.pl[0]} terdampak ${s.t[0]} sejak ${s.d[0]} pagi.`,
    `${s.d[1]} 아침부터 ${s.pl[1]}에서 주민 ${s.n}명이 ${s.t[1]}의 영향을 받았다.`],
  (s) => [`Pemerintah Kota ${s.pl[0]} menyiapkan anggaran Rp ${s.n2} miliar untuk ${s.t[0]}.`,
    `${s.pl[1]}시 정부는 ${s.t[1]}을 위해 ${s.n2}억 루피아의 예산을 마련했다.`],
  (s) => [`Menurut ${s.r[0]} ${s.p[0]}, ${s.t[0]} menjadi prioritas utama dalam rapat kabinet ${s.d[0]} ini.`,
    `${s.p[1]} ${s.r[1]}에 따르면 ${s.t[1]}은 이번 ${s.d[1]} 내각 회의의 최우선 과제가 됐다.`],
  (s) => [`${s.p[0]} membantah tuduhan bahwa ${s.o[0]} lalai menangani ${s.t[0]}.`,
    `${s.p[1]}는 ${s.o[1]}이 ${s.t[1]} 대응을 소홀히 했다는 의혹을 부인했다.`],
  (s) => [`Rapat dengar pendapat antara ${s.o[0]} dan DPR tentang ${s.t[0]} ditunda hingga ${s.date} ${s.mo[0]}.`,
    `${s.t[1]}에 관한 ${s.o[1]}과 국회 간 청문회가 ${s.mo[1]} ${s.date}일로 연기됐다.`],
  (s) => [`Warga ${s.pl[0]} mengeluhkan ${s.t[0]} yang semakin parah dalam ${s.n % 12 + 2} bulan terakhir.`,
    `${s.pl[1]} 주민들은 최근 ${s.n % 12 + 2}개월 동안 심해진 ${s.t[1]}에 대해 불만을 토로했다.`],
  (s) => [`${s.r[0]} ${s.p[0]} meninjau langsung lokasi ${s.t[0]} di ${s.pl[0]} pada ${s.d[0]} siang.`,
    `${s.p[1]} ${s.r[1]}은 ${s.d[1]} 오후 ${s.pl[1]}의 ${s.t[1]} 현장을 직접 시찰했다.`],
  (s) => [`Ia menambahkan, ${s.t[0]} dan ${s.t2[0]} harus ditangani secara bersamaan oleh pemerintah pusat dan daerah.`,
    `그는 ${s.t[1]}과 ${s.t2[1]}을 중앙정부와 지방정부가 동시에 다뤄야 한다고 덧붙였다.`],
  (s) => [`Harga ${s.t[0]} di pasar tradisional ${s.pl[0]} mencapai Rp ${s.n}.000 per kilogram.`,
    `${s.pl[1]} 전통시장의 ${s.t[1]}은 킬로그램당 ${s.n}000루피아에 달했다.`],
  (s) => [`${s.o[0]} memperkirakan pertumbuhan ekonomi kuartal ini berada di kisaran ${s.pct} persen.`,
    `${s.o[1]}은 이번 분기 경제성장률이 ${s.pct}% 수준일 것으로 전망했다.`],
  (s) => [`Polisi masih menyelidiki penyebab ${s.t[0]} yang menewaskan ${s.n % 40 + 1} orang di ${s.pl[0]}.`,
    `경찰은 ${s.pl[1]}에서 ${s.n % 40 + 1}명이 숨진 ${s.t[1]}의 원인을 여전히 조사하고 있다.`],
  (s) => [`Dalam keterangan tertulisnya, ${s.p[0]} menyebut ${s.t[0]} sebagai tantangan terbesar tahun ${2020 + (s.n % 6)}.`,
    `${s.p[1]}는 서면 성명에서 ${s.t[1]}을 ${2020 + (s.n % 6)}년 최대 과제로 꼽았다.`],
  (s) => [`Sidang kasus korupsi ${s.t[0]} di Pengadilan Negeri ${s.pl[0]} akan dilanjutkan ${s.d[0]} depan.`,
    `${s.pl[1]} 지방법원의 ${s.t[1]} 부패 사건 재판은 다음 주 ${s.d[1]}에 속개된다.`],
];

export interface CorpusUnit extends TmUnitInput {
  sourceLang: 'id';
  targetLang: 'ko';
}

function slots(pick: Pick, r: () => number): Slots {
  return {
    p: pick(PEOPLE), r: pick(ROLES), pl: pick(PLACES), t: pick(TOPICS), t2: pick(TOPICS), d: pick(DAYS),
    mo: pick(MONTHS), o: pick(ORGS), n: 10 + Math.floor(r() * 990), n2: 5 + Math.floor(r() * 495),
    pct: `${Math.floor(r() * 9)},${Math.floor(r() * 10)}`, date: 1 + Math.floor(r() * 28),
  };
}

/** `count` distinct id→ko units, each with its previous sentence as context. Deterministic for a seed. */
export function generateUnits(count: number, seed = 42): CorpusUnit[] {
  const r = rng(seed);
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)];
  const seen = new Set<string>();
  const out: CorpusUnit[] = [];
  let prev = '';
  while (out.length < count) {
    const [source, target] = pick(TEMPLATES)(slots(pick, r));
    if (seen.has(source)) continue;
    seen.add(source);
    out.push({ source, target, sourceLang: 'id', targetLang: 'ko', prev, origin: `bench-${out.length % 500}` });
    prev = out.length % 12 === 0 ? '' : source;
  }
  return out;
}

/** A near-match of `source`: one or two small edits a reporter would make (a word swapped, dropped, a typo). */
export function perturb(source: string, r: () => number): string {
  const words = source.split(' ');
  const edits = 1 + Math.floor(r() * 2);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(r() * words.length);
    const kind = Math.floor(r() * 4);
    if (kind === 0 && words.length > 4) words.splice(i, 1);
    else if (kind === 1) words.splice(i, 0, ['juga', 'kembali', 'hari ini', 'secara resmi'][Math.floor(r() * 4)]);
    else if (kind === 2 && words[i].length > 3) {
      const w = words[i];
      const k = 1 + Math.floor(r() * (w.length - 2));
      words[i] = w.slice(0, k) + w.slice(k + 1);
    } else words[i] = ['baru', 'besar', 'tersebut', 'nasional', 'lokal'][Math.floor(r() * 5)];
  }
  return words.join(' ');
}
