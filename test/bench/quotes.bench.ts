// Bench: annotate a 10,000-word Indonesian article (median of several runs); Korean detection stays linear (80k vs 10k words).
import { performance } from 'node:perf_hooks';
import { annotate, changedRange, redetectChanged } from '../../main/core/quotes';
import type { BenchFigure } from './types';

const PARAGRAPHS = [
  'SEMARANG, KOMPAS.com - Gubernur Jawa Tengah (Jateng) Ganjar Pranowo memperkuat kerja sama dengan Korea Selatan di sektor ekonomi kreatif. Menurut Ganjar, penguatan kerja sama akan dihadirkan dengan teknologi tinggi.',
  '“Ekonominya kita masuk pada industri yang berteknologi tinggi. Ini momentum buat saya,” kata Ganjar saat bertemu jajaran kedutaan di Rumah Dinas Gubernur, Puri Gedeh, Kota Semarang.',
  'Kepala Badan Pusat Statistik (BPS) Jawa Tengah Dadang Somantri menyampaikan, inflasi bulanan tercatat 0,32 persen dan harga beras mulai stabil di pasar tradisional.',
  '“Kenaikan harga cabai merah masih menjadi penyumbang terbesar. Kami melihat pasokan belum pulih sepenuhnya,” tutur Dadang di kantornya, Senin (3/6).',
  'Sementara itu, Dubes Indonesia untuk Korsel, Gandi Sulistiyanto mengatakan, pihaknya mendorong kolaborasi langsung melalui program “sister province” dan digital ekonomi.',
  'Harga cabai rawit di Pasar Johar naik hingga Rp80.000 per kilogram, kata seorang pedagang, Siti Aminah. Ia berharap pasokan dari Magelang segera normal.',
  'Namun, Kapolres Boyolali AKBP Petrus Parningotan Silalahi belum mau menyebut identitas pelaku karena penyidikan masih berjalan di wilayah hukumnya.',
  '“Kerja sama nanti K-Wave yang selama ini sudah dikenal di dunia akan kita bawa juga ke Jawa Tengah,” pungkasnya. Hal itu disampaikan usai pertemuan tertutup.',
];

const KO_PARAGRAPHS = [
  '김민수 산업부 장관은 24일 “수출이 회복되고 있다”고 말했다. 그는 “하반기에는 더 좋아질 것”이라며 “기업 지원을 늘리겠다”고 덧붙였다.',
  '한국개발연구원(KDI)이 올해 성장률 전망을 낮췄다. 수출 부진에 대해서는 “당분간 회복이 어렵다”고 평가했다.',
  '현지 언론은 경찰이 용의자 3명을 체포했다고 보도했다. 경찰 관계자는 추가 수사를 진행하고 있다고 밝혔다.',
  '[박○○/시민/음성변조 : "정말 불안합니다."]',
];

function buildArticle(words: number, paragraphs = PARAGRAPHS): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    n += p.split(/\s+/).length;
  }
  return out.join('\n');
}

export async function run(): Promise<BenchFigure[]> {
  const text = buildArticle(10_000);
  for (let i = 0; i < 3; i++) annotate(text, 'id'); // warm-up: regex compilation and JIT, as in a running app
  const times: number[] = [];
  let quotes = 0;
  for (let i = 0; i < 11; i++) {
    const t0 = performance.now();
    quotes = annotate(text, 'id').quotes.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  if (quotes < 100) throw new Error(`expected many quotes in the bench article, got ${quotes}`);
  // Korean: time per 10k words at 80k words over the same at 10k words; a ratio, so machine load cancels out.
  const perTenK = (words: number) => {
    const ko = buildArticle(words, KO_PARAGRAPHS);
    annotate(ko, 'ko');
    const t: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      annotate(ko, 'ko');
      t.push(performance.now() - t0);
    }
    return t.sort((a, b) => a - b)[1] / (words / 10_000);
  };
  const small = perTenK(10_000);
  const ratio = perTenK(80_000) / small;
  // One paragraph of the 10k-word article edited (a quote typed into it): detection again on that paragraph only.
  const base = annotate(text, 'id');
  const at = text.indexOf('\n', Math.floor(text.length / 2));
  const edited = text.slice(0, at) + ' “Kami akan menambah pasokan,” kata Dadang.' + text.slice(at);
  const changed = changedRange(text, edited)!;
  const shifted = { ...base, quotes: base.quotes.map((a) => (a.anchor.start >= at ? { ...a, anchor: { ...a.anchor, start: a.anchor.start + edited.length - text.length, end: a.anchor.end + edited.length - text.length } } : a)) };
  const inc: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    redetectChanged(shifted, edited, 'id', changed);
    inc.push(performance.now() - t0);
  }
  const incMedian = inc.sort((a, b) => a - b)[10];
  return [
    { name: 'quotes.redetectOneParagraph10k', value: incMedian, unit: 'ms', target: '< 10 ms', ok: incMedian < 10 },
    { name: 'quotes.annotate10k', value: median, unit: 'ms', target: '< 100 ms', ok: median < 100 },
    { name: 'quotes.koLinear80kVs10k', value: ratio, unit: 'x', target: '< 1.5 (time per word at 80k / at 10k)', ok: ratio < 1.5 },
  ];
}
