// Which confirmed segments go into the translation memory, as TM inputs with their context.
import type { TranslationProject } from '../../../preload/contract/models';
import type { TmUnitInput } from '../tm/types';
import { isUneditedMt } from './provenance';
import { CONFIRMED } from './segments';

/**
 * TM inputs for the given segments: only confirmed ones with a target, and never machine output nobody edited
 * unless `acceptUneditedMt` (the user's choice in settings).
 */
export function tmInputsFor(project: TranslationProject, segIds: Iterable<string>, opts: { acceptUneditedMt?: boolean } = {}): TmUnitInput[] {
  const want = new Set(segIds);
  const segs = project.segments;
  const out: TmUnitInput[] = [];
  segs.forEach((s, i) => {
    if (!want.has(s.id) || !CONFIRMED.has(s.status) || !s.target.trim()) return;
    if (isUneditedMt(s) && !opts.acceptUneditedMt) return;
    out.push({
      source: s.source,
      target: s.target,
      sourceLang: project.sourceLang,
      targetLang: project.targetLang,
      prev: segs[i - 1]?.source ?? '',
      next: segs[i + 1]?.source ?? '',
      origin: project.id,
    });
  });
  return out;
}
