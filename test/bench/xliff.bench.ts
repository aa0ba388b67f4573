// Bench: export, validate and import a 2,000-segment translation project as XLIFF 2.1.
import type { TranslationProject } from '../../preload/contract/models';
import { exportXliff, importXliff, validateXliff } from '../../main/core/xliff/index';

interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}

function project(n: number): TranslationProject {
  return {
    id: 'bench',
    articleId: 'a',
    sourceLang: 'id',
    targetLang: 'ko',
    pivotLang: null,
    createdAt: '',
    updatedAt: '',
    segments: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      source: `Presiden mengatakan pada hari Senin bahwa kebijakan ${i} akan diumumkan pekan depan.`,
      pivot: '',
      target: `대통령은 월요일 정책 ${i}을 다음 주에 발표하겠다고 말했다.`,
      status: 'translated' as const,
      origin: 'human' as const,
      locked: false,
      confirmedSource: null,
      ignoredQa: [],
      note: i % 10 ? '' : 'cek',
    })),
  };
}

function time(fn: () => void, runs = 5): number {
  fn();
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t) / runs;
}

export async function run(): Promise<BenchFigure[]> {
  const p = project(2000);
  const xml = exportXliff(p);
  const exp = time(() => exportXliff(p));
  const val = time(() => validateXliff(xml));
  const imp = time(() => importXliff(xml, p));
  return [
    { name: 'xliff export 2000 segments', value: +exp.toFixed(1), unit: 'ms', target: '< 100 ms', ok: exp < 100 },
    { name: 'xliff validate 2000 segments', value: +val.toFixed(1), unit: 'ms', target: '< 300 ms', ok: val < 300 },
    { name: 'xliff import 2000 segments', value: +imp.toFixed(1), unit: 'ms', target: '< 500 ms', ok: imp < 500 },
  ];
}
