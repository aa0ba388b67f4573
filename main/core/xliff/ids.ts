// Reversible mapping between our segment ids (any string) and XLIFF ids (NMTOKENs), plus status ⇄ state.
import type { SegmentStatus } from '../../../preload/contract/models';

/** Letters, digits, "." and "-" stay; everything else (including "_") becomes _hex_ so decoding is exact. */
export function toXliffId(id: string): string {
  let out = '';
  for (const ch of id) out += /^[A-Za-z0-9.-]$/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  return out || '_0_';
}

export function fromXliffId(id: string): string {
  if (id === '_0_') return '';
  return id.replace(/_([0-9a-f]+)_/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
}

export type XliffState = 'initial' | 'translated' | 'reviewed' | 'final';

export const STATE_OF: Record<SegmentStatus, XliffState> = {
  new: 'initial',
  draft: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
};

/** Used when another tool changed the state: the XLIFF state alone decides (initial splits on whether a target exists). */
export function statusFromState(state: XliffState, hasTarget: boolean): SegmentStatus {
  switch (state) {
    case 'initial':
      return hasTarget ? 'draft' : 'new';
    case 'translated':
      return 'translated';
    case 'reviewed':
      return 'reviewed';
    case 'final':
      return 'approved';
  }
}
