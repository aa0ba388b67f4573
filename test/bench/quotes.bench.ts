// Bench: annotate a 10,000-word Indonesian article (varied realistic paragraphs repeated); median of several runs.
import { performance } from 'node:perf_hooks';
import { annotate } from '../../main/core/quotes';
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

function buildArticle(words: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length];
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
  return [{ name: 'quotes.annotate10k', value: median, unit: 'ms', target: '< 100 ms', ok: median < 100 }];
}
