// Splitting one segment in two and joining a segment with the next: the translator fixes the segmentation.
import type { Segment, TranslationProject } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { joinedProvenance } from './provenance';
import { assertUnlocked, blankSegment, CONFIRMED, indexOfSegment, newSegmentId, withSegments } from './segments';

/**
 * Splits the source at `atOffset` (UTF-16 offset into `source`). The first half keeps the id, target, pivot,
 * note and QA choices (as a 'draft' when it has a target: it must be confirmed against its new, shorter source);
 * the second half is a new, empty segment.
 */
export function splitSegment(project: TranslationProject, segId: string, atOffset: number): TranslationProject {
  const i = indexOfSegment(project, segId);
  const seg = project.segments[i];
  assertUnlocked(seg);
  if (seg.headline) throw new AppError('translate.headlineSplit', 'The headline is one segment: it cannot be split.', { segId });
  const left = seg.source.slice(0, atOffset).trim();
  const right = seg.source.slice(atOffset).trim();
  const code = seg.source.charCodeAt(atOffset - 1);
  const insidePair = code >= 0xd800 && code <= 0xdbff; // never cut a surrogate pair (emoji, rare Hangul)
  if (!Number.isInteger(atOffset) || !left || !right || insidePair) {
    throw new AppError('translate.badSplitOffset', `Cannot split segment ${segId} at ${atOffset}: both parts need text.`, {
      segId,
      offset: atOffset,
    });
  }
  const first: Segment = { ...seg, source: left, status: seg.target.trim() ? 'draft' : 'new', confirmedSource: null };
  const second = blankSegment(newSegmentId(project.segments), right, seg.paragraph);
  const segments = project.segments.slice();
  segments.splice(i, 1, first, second);
  return withSegments(project, segments);
}

/**
 * Joins a segment with the next one in the same paragraph; sources, targets and pivots are joined with a space.
 * If both halves were confirmed and unchanged, the result stays confirmed at the lower of the two statuses;
 * otherwise it is a 'draft' (or 'new' without any target).
 */
export function joinSegments(project: TranslationProject, segId: string): TranslationProject {
  const i = indexOfSegment(project, segId);
  const a = project.segments[i];
  const b = project.segments[i + 1];
  if (!b) throw new AppError('translate.noNextSegment', `Segment ${segId} is the last one: nothing to join it with.`, { segId });
  if (a.headline || (a.paragraph !== undefined && b.paragraph !== undefined && a.paragraph !== b.paragraph)) {
    throw new AppError('translate.joinAcrossParagraphs', 'Segments in different paragraphs cannot be joined.', { segId });
  }
  assertUnlocked(a);
  assertUnlocked(b);
  const join = (x: string, y: string) => [x.trim(), y.trim()].filter(Boolean).join(' ');
  const source = join(a.source, b.source);
  const target = join(a.target, b.target);
  const bothConfirmed = [a, b].every((s) => CONFIRMED.has(s.status) && s.confirmedSource === s.source);
  const origins = [...new Set([a, b].filter((s) => s.target.trim()).map((s) => s.origin))];
  const joined: Segment = {
    ...a,
    source,
    target,
    pivot: join(a.pivot, b.pivot),
    status: bothConfirmed ? lowerStatus(a.status, b.status) : target ? 'draft' : 'new',
    confirmedSource: bothConfirmed ? source : null,
    origin: origins.length === 0 ? 'none' : origins.length === 1 ? origins[0] : 'human',
    provenance: joinedProvenance([a, b].filter((s) => s.target.trim())),
    ignoredQa: [...new Set([...a.ignoredQa, ...b.ignoredQa])],
    note: join(a.note, b.note),
  };
  const segments = project.segments.slice();
  segments.splice(i, 2, joined);
  return withSegments(project, segments);
}

const ORDER: Segment['status'][] = ['new', 'draft', 'translated', 'reviewed', 'approved'];
function lowerStatus(x: Segment['status'], y: Segment['status']): Segment['status'] {
  return ORDER.indexOf(x) <= ORDER.indexOf(y) ? x : y;
}
