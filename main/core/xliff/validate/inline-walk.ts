// Flattens the inline content of a unit (one side: all sources, or all targets in display order) into
// start/end events, the form the pairing, canDelete and canReorder rules are easiest to state over.
import { attr, elementChildren, type XElement } from '../xml';
import { coreKids, isCore } from './doc-index';

export type EventKind = 'ph' | 'pcStart' | 'pcEnd' | 'sc' | 'ec' | 'mrkStart' | 'mrkEnd' | 'sm' | 'em' | 'cp';
export interface InlineEvent {
  kind: EventKind;
  el: XElement;
  /** Index of the segment/ignorable the event comes from (in document order). */
  part: number;
}

export function parts(unit: XElement): XElement[] {
  return elementChildren(unit).filter((k) => isCore(k, 'segment') || isCore(k, 'ignorable'));
}

function walk(el: XElement, part: number, out: InlineEvent[]): void {
  for (const k of elementChildren(el)) {
    if (!isCore(k)) continue;
    switch (k.local) {
      case 'pc':
        out.push({ kind: 'pcStart', el: k, part });
        walk(k, part, out);
        out.push({ kind: 'pcEnd', el: k, part });
        break;
      case 'mrk':
        out.push({ kind: 'mrkStart', el: k, part });
        walk(k, part, out);
        out.push({ kind: 'mrkEnd', el: k, part });
        break;
      case 'ph':
      case 'sc':
      case 'ec':
      case 'sm':
      case 'em':
      case 'cp':
        out.push({ kind: k.local, el: k, part });
        break;
    }
  }
}

export function sourceEvents(unit: XElement): InlineEvent[] {
  const out: InlineEvent[] = [];
  parts(unit).forEach((p, i) => coreKids(p, 'source').forEach((s) => walk(s, i, out)));
  return out;
}

/** Targets in display order: a target with order="n" takes the n-th place among the unit's parts. */
export function targetEvents(unit: XElement): InlineEvent[] {
  const ps = parts(unit);
  const slots: { pos: number; part: number; t: XElement }[] = [];
  ps.forEach((p, i) => {
    const t = coreKids(p, 'target')[0];
    if (!t) return;
    const order = attr(t, 'order');
    slots.push({ pos: order ? Number(order) : i + 1, part: i, t });
  });
  slots.sort((a, b) => a.pos - b.pos);
  const out: InlineEvent[] = [];
  for (const s of slots) walk(s.t, s.part, out);
  return out;
}

export function flag(el: XElement, name: 'canCopy' | 'canDelete' | 'canOverlap' | 'canReorder' | 'isolated'): string {
  return attr(el, name) ?? (name === 'isolated' ? 'no' : 'yes');
}
