// canReorder: a code with "firstNo" opens a sequence that the following "no" codes continue; the target
// must keep each sequence intact (same codes, same order, nothing in between) though it may move it.
import { attr } from '../xml';
import { flag, type InlineEvent } from './inline-walk';
import { fail } from './violation';

const CODE_EVENTS = new Set(['ph', 'pcStart', 'pcEnd', 'sc', 'ec']);

function key(ev: InlineEvent): string {
  const id = attr(ev.el, 'id') ?? attr(ev.el, 'startRef') ?? '';
  return `${ev.kind}#${id}`;
}

/** Closing events (pc end, ec) follow the value of the opening code: "firstNo" opens, so its end is "no". */
function reorderValue(ev: InlineEvent): string {
  const v = flag(ev.el, 'canReorder');
  if (ev.kind === 'pcEnd') return v === 'yes' ? 'yes' : 'no';
  return v;
}

export function checkReorder(src: InlineEvent[], tgt: InlineEvent[]): void {
  const sequences: InlineEvent[][] = [];
  let current: InlineEvent[] | null = null;
  for (const ev of src) {
    if (!CODE_EVENTS.has(ev.kind)) continue;
    const v = reorderValue(ev);
    if (v === 'firstNo') {
      current = [ev];
      sequences.push(current);
    } else if (v === 'no') {
      if (!current) fail('canReorder', ev.el, 'canReorder="no" but no preceding code with canReorder="firstNo" starts its sequence');
      current.push(ev);
    } else current = null;
  }
  const tkeys = tgt.filter((e) => CODE_EVENTS.has(e.kind)).map(key);
  for (const seq of sequences) {
    const pos = seq.map((e) => tkeys.indexOf(key(e)));
    if (pos.some((p) => p < 0)) continue; // absent codes are the canDelete rule's business (or the segment has no target)
    for (let i = 1; i < pos.length; i++) {
      if (pos[i] !== pos[0] + i)
        fail('canReorder', seq[0].el, 'the target breaks the sequence of codes that cannot be reordered (canReorder="firstNo"/"no"): same codes, same order, nothing in between');
    }
  }
}
