// The headline is segment 0 of every translation: translated, confirmed, stored in the TM and QA'd like any
// sentence, and printed as the translated copy's title on export.
import type { Segment, TranslationProject } from '../../../preload/contract/models';
import { blankSegment, CONFIRMED, newSegmentId, withSegments } from './segments';

export type HeadlineChange = 'kept' | 'added' | 'changed' | 'removed';

/** Headlines are one line: line breaks and runs of spaces from the editor's title field become one space. */
export const headlineText = (title: string) => title.replace(/\s+/gu, ' ').trim();

export function headlineSegment(id: string, title: string): Segment {
  return { ...blankSegment(id, headlineText(title)), headline: true };
}

/** The headline segment, or null for a project made before headlines were segments (or with no title). */
export function headlineOf(project: Pick<TranslationProject, 'segments'>): Segment | null {
  const first = project.segments[0];
  return first?.headline ? first : null;
}

/** The segments of the article body (everything but the headline). */
export function bodySegments(project: Pick<TranslationProject, 'segments'>): Segment[] {
  return headlineOf(project) ? project.segments.slice(1) : project.segments;
}

/**
 * Brings segment 0 in line with the article's title: adds it to an older project, updates its source after the
 * editor changed the title (a confirmed target drops to 'draft', keeping confirmedSource so "source changed"
 * shows), or removes it when the title was cleared. The target is never thrown away while a title exists.
 */
export function syncHeadline(project: TranslationProject, title: string): { project: TranslationProject; change: HeadlineChange } {
  const text = headlineText(title);
  const head = headlineOf(project);
  if (!head) {
    if (!text) return { project, change: 'kept' };
    return { project: withSegments(project, [headlineSegment(newSegmentId(project.segments), text), ...project.segments]), change: 'added' };
  }
  if (!text) return { project: withSegments(project, project.segments.slice(1)), change: 'removed' };
  if (head.source === text) return { project, change: 'kept' };
  const status = CONFIRMED.has(head.status) ? 'draft' : head.status;
  return { project: withSegments(project, [{ ...head, source: text, status }, ...project.segments.slice(1)]), change: 'changed' };
}
