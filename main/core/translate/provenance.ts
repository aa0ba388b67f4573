// Where a target came from, as one short tag: 'human', 'tm:<score>', 'mt:<engine>', 'mt-edited:<engine>'.
// It travels into TMX (<prop type="x-origin">) and XLIFF (mda meta "origin") so nobody mistakes MT for human work.
import type { Segment } from '../../../preload/contract/models';

export type ProvenanceKind = 'human' | 'tm' | 'mt' | 'mt-edited' | 'none';

export interface Provenance {
  kind: ProvenanceKind;
  /** TM match score (tm) or engine id (mt, mt-edited); '' when unknown. */
  detail: string;
}

const TAG = /^(human|tm|mt|mt-edited)(?::(.{1,190}))?$/;

export function parseProvenance(tag: string | undefined): Provenance | null {
  const m = tag ? TAG.exec(tag) : null;
  return m ? { kind: m[1] as ProvenanceKind, detail: m[2] ?? '' } : null;
}

export function formatProvenance(p: Provenance): string {
  if (p.kind === 'none') return '';
  return p.detail && p.kind !== 'human' ? `${p.kind}:${p.detail}` : p.kind;
}

/** The segment's provenance tag: the stored one, else what the coarse `origin` says ('' for no target). */
export function provenanceOf(seg: Pick<Segment, 'origin' | 'provenance' | 'target'>): string {
  if (!seg.target.trim() || seg.origin === 'none') return '';
  const p = parseProvenance(seg.provenance);
  if (p) return formatProvenance(p);
  return seg.origin;
}

export const tmProvenance = (score: number) => `tm:${Math.round(score)}`;
export const mtProvenance = (engine: string) => `mt:${engine}`;

/** True for a target that is machine output nobody has changed. */
export function isUneditedMt(seg: Pick<Segment, 'origin' | 'provenance' | 'target'>): boolean {
  return parseProvenance(provenanceOf(seg))?.kind === 'mt';
}

/**
 * The tag after a human typed over the target: an MT draft (edited or not) becomes 'mt-edited:<engine>',
 * anything else 'human'.
 */
export function afterHumanEdit(prev: Pick<Segment, 'origin' | 'provenance' | 'target'>): string {
  const p = parseProvenance(provenanceOf(prev));
  if (p && (p.kind === 'mt' || p.kind === 'mt-edited')) return formatProvenance({ kind: 'mt-edited', detail: p.detail });
  return 'human';
}

/** The tag of two joined targets: the shared one, else MT involvement wins over plain human work. */
export function joinedProvenance(parts: Pick<Segment, 'origin' | 'provenance' | 'target'>[]): string | undefined {
  const tags = [...new Set(parts.map(provenanceOf).filter(Boolean))];
  if (tags.length === 0) return undefined;
  if (tags.length === 1) return tags[0];
  const mt = tags.map(parseProvenance).find((p) => p && (p.kind === 'mt' || p.kind === 'mt-edited'));
  return mt ? formatProvenance({ kind: 'mt-edited', detail: mt.detail }) : 'human';
}
