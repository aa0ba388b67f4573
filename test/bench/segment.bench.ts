// Segmentation figures: precision/recall on the labelled Indonesian abbreviation fixture, and speed and
// translation-project resync on a 10,000-word article built from the bundled sample (no files outside the repository).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { segmentText } from '../../main/core/segment';
import { confirm, createProject, resyncSource, setTarget } from '../../main/core/translate';
import type { TranslationProject } from '../../preload/contract/models';
import type { BenchFigure } from './types';
import { percentile, timeRuns } from './stats';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/segment/id-abbreviations.json');
const gold = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { paragraphs: string[][] }).paragraphs;
const SAMPLE = resolve(import.meta.dirname, '../../resources/samples/semarang-ekraf-korsel.id.txt');

/** The sample repeated (with a counter, so sentences differ) up to about `words` words. */
function longArticle(words: number): string {
  const base = readFileSync(SAMPLE, 'utf8').trim();
  const per = base.split(/\s+/).length;
  const parts: string[] = [];
  for (let i = 0; i * per < words; i++) parts.push(base.replace(/Ganjar/g, `Ganjar${i}`));
  return parts.join('\n');
}

/** Break precision and recall of segmentText against the fixture's gold sentence ends. */
function goldScore(): { precision: number; recall: number } {
  const text = gold.map((p) => p.join(' ')).join('\n');
  const want = new Set<number>();
  let at = 0;
  for (const p of gold) {
    for (const s of p) {
      at += s.length;
      want.add(at);
      at += 1; // the joining space or newline
    }
  }
  const got = new Set(segmentText(text, 'id').map((s) => s.end));
  const hit = [...got].filter((e) => want.has(e)).length;
  return { precision: hit / got.size, recall: hit / want.size };
}

export async function run(): Promise<BenchFigure[]> {
  const { precision, recall } = goldScore();
  const text = longArticle(10_000);
  segmentText(text, 'id'); // warm up the compiled rules and the ICU segmenter
  const seg = await timeRuns(20, () => segmentText(text, 'id'));

  let project: TranslationProject = createProject({ articleId: 'bench', text, sourceLang: 'id', targetLang: 'ko', pivotLang: null });
  for (const s of project.segments) project = confirm(setTarget(project, s.id, 'terjemahan'), s.id);
  // One sentence edited, one removed, one added: the usual "editor touched the article" resync.
  const lines = text.split('\n');
  lines[3] = lines[3].replace('memperkuat', 'memperdalam').replace('Menurut', 'Kata');
  lines[5] = lines[5].replace(/Salah satunya melalui digital ekonomi\. /, '');
  lines.push('Kalimat tambahan di akhir.');
  const edited = lines.join('\n');
  const resync = await timeRuns(10, () => resyncSource(project, edited, 'id'));

  const segP95 = percentile(seg, 95);
  const resyncP95 = percentile(resync, 95);
  return [
    { name: 'segment.id.precision', value: precision, unit: 'ratio', target: '= 1.00', ok: precision === 1 },
    { name: 'segment.id.recall', value: recall, unit: 'ratio', target: '= 1.00', ok: recall === 1 },
    { name: 'segment.10k-words.p95', value: segP95, unit: 'ms', target: '< 200 ms', ok: segP95 < 200 },
    { name: 'translate.resync.10k-words.p95', value: resyncP95, unit: 'ms', target: '< 200 ms', ok: resyncP95 < 200 },
  ];
}
