// Small helpers shared by the project operations: find a segment, replace it immutably, mint ids.
import type { Segment, TranslationProject } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { shortHash } from '../quotes/hash';

/** 16 hex characters, like article ids; uses Web Crypto so the code also runs in a renderer. */
export function newProjectId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}

/** A short random id, unique within the project (ids are never reused, so a UI can key on them). */
export function newSegmentId(taken: Iterable<{ id: string }>): string {
  const used = new Set([...taken].map((s) => s.id));
  for (;;) {
    const id = 's' + globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 8);
    if (!used.has(id)) return id;
  }
}

export function blankSegment(id: string, source: string, paragraph?: number): Segment {
  return {
    id,
    source,
    pivot: '',
    target: '',
    status: 'new',
    origin: 'none',
    locked: false,
    confirmedSource: null,
    ignoredQa: [],
    note: '',
    ...(paragraph === undefined ? {} : { paragraph }),
  };
}

export function indexOfSegment(project: TranslationProject, segId: string): number {
  const i = project.segments.findIndex((s) => s.id === segId);
  if (i < 0) throw new AppError('translate.segmentNotFound', `No segment ${segId} in this project.`, { segId });
  return i;
}

export function getSegment(project: TranslationProject, segId: string): Segment {
  return project.segments[indexOfSegment(project, segId)];
}

export function assertUnlocked(seg: Segment): void {
  if (seg.locked) throw new AppError('translate.segmentLocked', `Segment ${seg.id} is locked: unlock it first.`, { segId: seg.id });
}

/** A new project with `segments` and a fresh updatedAt; the input is never mutated. */
export function withSegments(project: TranslationProject, segments: Segment[]): TranslationProject {
  return { ...project, segments, updatedAt: new Date().toISOString() };
}

/** Replace one segment through `fn`; returns the same project object when `fn` changed nothing. */
export function updateSegment(project: TranslationProject, segId: string, fn: (s: Segment) => Segment): TranslationProject {
  const i = indexOfSegment(project, segId);
  const next = fn(project.segments[i]);
  if (next === project.segments[i]) return project;
  const segments = project.segments.slice();
  segments[i] = next;
  return withSegments(project, segments);
}

/** Statuses that mean "a translator stood behind this target". */
export const CONFIRMED: ReadonlySet<Segment['status']> = new Set(['translated', 'reviewed', 'approved']);

/**
 * A short fingerprint of a segment's source. A suggestion (TM match, MT) is bound to the segment id AND this
 * hash: after a split, join or resync the same id can hold another sentence, and a list fetched for the old
 * one must not be inserted into it.
 */
export function sourceHash(source: string): string {
  return shortHash(source.normalize('NFC'));
}

/** Refuses text suggested for another source (a stale match list): the caller sends the hash it was bound to. */
export function assertSuggestionFor(seg: Segment, hash: string | undefined): void {
  if (hash === undefined || sourceHash(seg.source) === hash) return;
  throw new AppError('translate.staleSuggestion', `The suggestion was made for another sentence than segment ${seg.id} now holds.`, {
    segId: seg.id,
  });
}
