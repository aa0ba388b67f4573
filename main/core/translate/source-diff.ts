// "Source changed": the source now differs from the one the target was confirmed against, and a word diff of it.
import { diffWords } from 'diff';
import type { DiffPart } from '../../../preload/contract/common';
import type { Segment } from '../../../preload/contract/models';

export type { DiffPart };

export function sourceChanged(seg: Pick<Segment, 'source' | 'confirmedSource'>): boolean {
  return seg.confirmedSource !== null && seg.confirmedSource !== seg.source;
}

/** Word-level diff from the confirmed source to the current one; [] when the source did not change. */
export function sourceDiff(seg: Pick<Segment, 'source' | 'confirmedSource'>): DiffPart[] {
  if (!sourceChanged(seg)) return [];
  return diffWords(seg.confirmedSource ?? '', seg.source).map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
}
