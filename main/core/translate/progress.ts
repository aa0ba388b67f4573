// How far a project is: source volume per segment status.
import type { Lang } from '../../../preload/contract/define';
import type { SegmentStatus, TranslationProject } from '../../../preload/contract/models';
import type { Progress } from '../../../preload/contract/translate';
import { countWords } from '../articles/text';
import { CONFIRMED } from './segments';

export type { Progress };

/**
 * Korean spacing units (eojeol) glue particles to words, so a word count undercounts the work compared with
 * id/en; Korean translation work is commonly measured in characters. We count letters and digits only
 * (no spaces or punctuation).
 */
export function sourceVolume(text: string, lang: Lang): number {
  if (lang === 'ko') return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return countWords(text);
}

export function progress(project: TranslationProject): Progress {
  const zero = (): Record<SegmentStatus, number> => ({ new: 0, draft: 0, translated: 0, reviewed: 0, approved: 0 });
  const byStatus = zero();
  const segments = zero();
  let total = 0;
  let done = 0;
  for (const s of project.segments) {
    const n = sourceVolume(s.source, project.sourceLang);
    byStatus[s.status] += n;
    segments[s.status]++;
    total += n;
    if (CONFIRMED.has(s.status)) done += n;
  }
  return {
    unit: project.sourceLang === 'ko' ? 'characters' : 'words',
    total,
    byStatus,
    segments,
    done,
    percent: total === 0 ? 100 : Math.floor((done / total) * 100),
  };
}
