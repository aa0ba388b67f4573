// Applies a finished pre-translation onto the project as it is NOW: the translator may have typed meanwhile.
import type { Segment, TranslationProject } from '../../../preload/contract/models';
import { isPretranslatable } from './pretranslate';

/**
 * `before` is the project the run started from, `after` its result, `current` the stored project now.
 * A new target lands only where the segment (same id, same source) is still open for pre-translation and its
 * target is what the run saw; a pivot text only into an empty pivot. Returns the merged project and the count.
 */
export function mergePretranslation(
  before: TranslationProject,
  after: TranslationProject,
  current: TranslationProject,
): { project: TranslationProject; applied: number; appliedIds: Set<string> } {
  const changes = new Map<string, { was: Segment; now: Segment }>();
  after.segments.forEach((now, i) => {
    const was = before.segments[i];
    if (was && was.id === now.id && (was.target !== now.target || was.provenance !== now.provenance || was.pivot !== now.pivot)) {
      changes.set(now.id, { was, now });
    }
  });
  const appliedIds = new Set<string>();
  let touched = false;
  const segments = current.segments.map((s) => {
    const c = changes.get(s.id);
    if (!c || s.source !== c.now.source) return s;
    let next = s;
    const targetChanged = c.was.target !== c.now.target || c.was.provenance !== c.now.provenance;
    if (targetChanged && isPretranslatable(s) && s.target === c.was.target) {
      const { target, origin, provenance, status, confirmedSource } = c.now;
      next = { ...next, target, origin, provenance, status, confirmedSource };
      appliedIds.add(s.id);
    }
    if (c.now.pivot !== c.was.pivot && !s.pivot.trim()) next = { ...next, pivot: c.now.pivot };
    if (next !== s) touched = true;
    return next;
  });
  const project = touched ? { ...current, segments, updatedAt: new Date().toISOString() } : current;
  return { project, applied: appliedIds.size, appliedIds };
}
