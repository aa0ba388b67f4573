// After the article was edited: re-segment it and carry translations over to the new sentences.
import type { Lang } from '../../../preload/contract/define';
import type { Segment, TranslationProject } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { segmentParagraphs, type ParagraphSentence } from '../segment/segmenter';
import { blankSegment, CONFIRMED, newSegmentId, withSegments } from './segments';
import { bigrams, diceSimilarity } from './similarity';
import { bodySegments, headlineOf } from './headline';

/** Below this a new sentence is treated as new rather than as an edit of an old one. */
export const RESYNC_MIN_SIMILARITY = 0.5;

export interface ResyncReport {
  /** Old segments matched to an identical new sentence. */
  kept: number;
  /** Old segments matched to an edited sentence: they keep their target, and show "source changed" if confirmed. */
  changed: number;
  /** New sentences with no old counterpart (empty segments). */
  added: number;
  /** Old segments with no counterpart: dropped, with their targets. */
  removed: number;
}

export function resyncSource(project: TranslationProject, newArticleText: string, lang: Lang = project.sourceLang): TranslationProject {
  return resyncWithReport(project, newArticleText, lang).project;
}

/**
 * Matching: first identical text (in order, so repeated sentences pair up in sequence), then the most similar
 * remaining pairs above RESYNC_MIN_SIMILARITY. An edited segment keeps its target and its old confirmedSource,
 * so sourceChanged() is true and sourceDiff() shows the edit; a confirmed one drops back to 'draft' because
 * its target no longer answers for the whole source. Manual splits and joins are not remembered: the new
 * segmentation follows the rules again.
 */
export function resyncWithReport(
  project: TranslationProject,
  newArticleText: string,
  lang: Lang = project.sourceLang,
): { project: TranslationProject; report: ResyncReport } {
  if (lang !== project.sourceLang) {
    throw new AppError('translate.langMismatch', `The project translates from "${project.sourceLang}", not "${lang}".`, {
      expected: project.sourceLang,
      got: lang,
    });
  }
  // The headline has its own sync (headline.ts): only body sentences are matched here.
  const head = headlineOf(project);
  const old = bodySegments(project);
  const fresh = segmentParagraphs(newArticleText, lang);
  const match = new Array<number>(fresh.length).fill(-1); // fresh index → old index
  const used = new Set<number>();

  const byText = new Map<string, number[]>();
  old.forEach((s, i) => {
    const list = byText.get(s.source);
    if (list) list.push(i);
    else byText.set(s.source, [i]);
  });
  fresh.forEach((f, j) => {
    const queue = byText.get(f.text);
    const i = queue?.shift();
    if (i !== undefined) {
      match[j] = i;
      used.add(i);
    }
  });
  const exact = new Set(match.filter((i) => i >= 0));
  matchSimilar(old, fresh, match, used);

  const segments: Segment[] = [];
  const report: ResyncReport = { kept: 0, changed: 0, added: 0, removed: old.length - used.size };
  fresh.forEach((f, j) => {
    const i = match[j];
    if (i < 0) {
      segments.push(blankSegment(newSegmentId([...project.segments, ...segments]), f.text, f.paragraph));
      report.added++;
    } else if (exact.has(i)) {
      segments.push({ ...old[i], paragraph: f.paragraph });
      report.kept++;
    } else {
      const s = old[i];
      const status = CONFIRMED.has(s.status) ? 'draft' : s.status;
      segments.push({ ...s, source: f.text, paragraph: f.paragraph, status });
      report.changed++;
    }
  });
  return { project: withSegments(project, head ? [head, ...segments] : segments), report };
}

function matchSimilar(old: Segment[], fresh: ParagraphSentence[], match: number[], used: Set<number>): void {
  const oldLeft = old.map((_, i) => i).filter((i) => !used.has(i));
  const freshLeft = fresh.map((_, j) => j).filter((j) => match[j] < 0);
  if (!oldLeft.length || !freshLeft.length) return;
  const oldGrams = new Map(oldLeft.map((i) => [i, bigrams(old[i].source)]));
  const pairs: { i: number; j: number; score: number; distance: number }[] = [];
  for (const j of freshLeft) {
    const g = bigrams(fresh[j].text);
    for (const i of oldLeft) {
      const score = diceSimilarity(g, oldGrams.get(i)!);
      if (score >= RESYNC_MIN_SIMILARITY) pairs.push({ i, j, score, distance: Math.abs(i - j) });
    }
  }
  // Best pairs first; on a tie the one nearer its old position (an edited sentence rarely moves far).
  pairs.sort((a, b) => b.score - a.score || a.distance - b.distance);
  for (const p of pairs) {
    if (used.has(p.i) || match[p.j] >= 0) continue;
    match[p.j] = p.i;
    used.add(p.i);
  }
}
