// Export figures: DOCX, PDF (Korean, fonts subset), HTML and ninjs (with schema validation) of long articles, and
// a 50-draft batch as PDF against the same batch as DOCX (the PDF fonts must be parsed once, not per draft).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import type { Article } from '../../preload/contract/common';
import { exportDocument, type ExportFormat } from '../../main/core/export';
import { exportBatch } from '../../main/core/export/batch';
import type { LoadDeps } from '../../main/core/export/load';
import { plainTextToHtml } from '../../main/core/articles/text';
import type { BenchFigure } from './types';

const SAMPLE = resolve(import.meta.dirname, '../../resources/samples/semarang-ekraf-korsel.id.txt');
const KO_PARA =
  '중부 자바 주지사 간자르 프라노워는 한국과의 창조경제 협력을 강화하겠다고 밝혔다. 그는 "우리 경제는 첨단 기술 산업으로 나아가고 있다"고 말했다. ' +
  '양측은 자동차 디자인과 중소기업 교류, 디지털 경제 분야에서 구체적인 협력 방안을 논의했다.';

function article(lang: 'id' | 'ko', body: string): Article {
  const now = new Date().toISOString();
  return {
    id: `bench${lang}`,
    title: lang === 'ko' ? '간자르 주지사, 한국과 창조경제 협력 강화' : 'Ganjar Perkuat Kerja Sama Ekraf dengan Korea Selatan',
    lang,
    status: 'draft',
    dateline: { place: lang === 'ko' ? '스마랑' : 'Semarang', outlet: 'Redaksi' },
    byline: 'Tim Redaksi',
    body,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    rev: 1,
  };
}

/** About `words` words of the bundled Indonesian sample, repeated. */
function longId(words: number): Article {
  const base = readFileSync(SAMPLE, 'utf8').trim();
  const per = base.split(/\s+/).length;
  const parts: string[] = [];
  for (let i = 0; i * per < words; i++) parts.push(base);
  return article('id', plainTextToHtml(parts.join('\n')));
}

/** Export `drafts` (short Indonesian and Korean news) as one batch zip; returns the wall time. */
async function batchMs(drafts: Article[], format: ExportFormat): Promise<number> {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const deps = {
    articles: { get: async (id: string) => byId.get(id)! },
    projects: { listForArticle: async () => [] },
    quotes: null,
  } as unknown as LoadDeps;
  const t = performance.now();
  const r = await exportBatch(deps, [...byId.keys()], { format }, new AbortController().signal, () => {});
  if (r.files.length !== drafts.length) throw new Error(`batch ${format}: ${r.failed.length} drafts failed: ${r.failed[0]?.message}`);
  return performance.now() - t;
}

function longKo(paragraphs: number): Article {
  return article('ko', Array.from({ length: paragraphs }, () => `<p>${KO_PARA}</p>`).join(''));
}

async function median(n: number, fn: () => Promise<unknown>): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

const fig = (name: string, value: number, unit: string, limit: number): BenchFigure => ({
  name,
  value,
  unit,
  target: `< ${limit} ${unit}`,
  ok: value < limit,
});

export async function run(): Promise<BenchFigure[]> {
  const id = longId(3000);
  const ko = longKo(40);
  const once = (a: Article, format: ExportFormat) => exportDocument({ article: a }, { format });

  const coldStart = performance.now();
  const firstPdf = await once(ko, 'pdf'); // reads and parses the two 6 MB fonts
  const pdfCold = performance.now() - coldStart;

  const figures = [
    fig('export.pdf.ko.cold', pdfCold, 'ms', 3000), // reads and parses 12 MB of fonts: headroom for a busy machine
    fig('export.pdf.ko.40para', await median(5, () => once(ko, 'pdf')), 'ms', 800),
    fig('export.pdf.ko.size', (firstPdf.data as Buffer).length / 1024, 'KB', 300),
    fig('export.pdf.id.3000w', await median(5, () => once(id, 'pdf')), 'ms', 800),
    fig('export.docx.id.3000w', await median(5, () => once(id, 'docx')), 'ms', 500),
    fig('export.html.id.3000w', await median(10, () => once(id, 'html')), 'ms', 50),
    fig('export.ninjs.id.3000w', await median(10, () => once(id, 'ninjs')), 'ms', 100),
  ];

  // After the single-document figures, so export.pdf.ko.cold stays cold.
  // 50 drafts of ~300 words (a day's output): two thirds Indonesian, one third Korean.
  const drafts = Array.from({ length: 50 }, (_, i) => {
    const a = i % 3 === 2 ? longKo(3) : longId(300);
    return { ...a, id: `batch${i}`, title: `${a.title} ${i}` };
  });
  // Interleaved and the faster of two runs each: on a shared machine a scheduler pause is not export cost.
  let docxBatch = Infinity;
  let pdfBatch = Infinity;
  for (let rep = 0; rep < 2; rep++) {
    docxBatch = Math.min(docxBatch, await batchMs(drafts, 'docx'));
    pdfBatch = Math.min(pdfBatch, await batchMs(drafts, 'pdf'));
  }
  const batchRatio = pdfBatch / docxBatch;

  return [
    ...figures,
    { name: 'export.docx.batch50', value: docxBatch, unit: 'ms', target: 'reference', ok: true },
    { name: 'export.pdf.batch50', value: pdfBatch, unit: 'ms', target: 'reference', ok: true },
    { name: 'export.pdf/docx.batch50', value: batchRatio, unit: 'x', target: '< 3', ok: batchRatio < 3 },
  ];
}
