// Glossary/QA/analysis figures: term lookup over a long article, QA over 500 segments, band analysis of 2,000.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findTerms, starterGlossary } from '../../main/core/glossary';
import { runQa } from '../../main/core/qa';
import { analyse } from '../../main/core/analysis';
import { percentile, timeRuns } from './stats';
import type { BenchFigure } from './types';

const SAMPLE = resolve(import.meta.dirname, '../../resources/samples/semarang-ekraf-korsel.id.txt');

function figure(name: string, value: number, unit: string, limit: number): BenchFigure {
  return { name, value: Math.round(value * 100) / 100, unit, target: `< ${limit} ${unit}`, ok: value < limit };
}

export async function run(): Promise<BenchFigure[]> {
  const glossary = starterGlossary();
  const article = readFileSync(SAMPLE, 'utf8');
  const long = Array.from({ length: 20 }, () => article).join('\n'); // ~45 KB, a very long feature
  const sentences = article.split(/(?<=[.!?])\s+/).filter((s) => s.trim());

  // A fresh entries array each run, so the compiled regex cache does not flatter the figure.
  const terms = await timeRuns(20, () => findTerms(long, 'id', [...glossary]));

  const segments = Array.from({ length: 500 }, (_, i) => {
    const source = sentences[i % sentences.length];
    return { id: `s${i}`, source, target: i % 3 ? source.replace(/\d/g, '') : '' };
  });
  const qa = await timeRuns(5, () => runQa({ segments, sourceLang: 'id', targetLang: 'en', glossary }));

  const many = Array.from({ length: 2000 }, (_, i) => ({ id: `a${i}`, source: `${sentences[i % sentences.length]} ${i % 7}` }));
  const bands = await timeRuns(5, () => analyse(many, (s) => (s.length * 7) % 102, { sourceLang: 'id' }));

  return [
    figure('glossary findTerms, 45 KB article, 56 entries (p50)', percentile(terms, 50), 'ms', 30),
    figure('QA runQa, 500 segments id→en, all checks (p50)', percentile(qa, 50), 'ms', 500),
    figure('analysis, 2,000 segments (p50)', percentile(bands, 50), 'ms', 200),
  ];
}
