// Checks that a same-document reference ("#…") is well-formed and, where it points into XLIFF core,
// that the thing it names exists. References to other documents are not followed.
import { attr, type XElement } from '../xml';
import { ancestor, type DocIndex, type UnitIndex } from './doc-index';
import { checkFragment, type Selector } from './fragment';

export interface RefTarget {
  kind: 'note' | 'data' | 'target-inline' | 'part-or-source-inline' | 'module' | 'container';
  unit: UnitIndex | null;
  /** True when the reference names the unit it sits in (relative, or absolute to the same unit). */
  sameUnit: boolean;
}

/** Returns the resolved target, or a reason string when the reference is malformed or dangling. */
export function resolveRef(ref: string, from: XElement, doc: DocIndex): RefTarget | string {
  const parsed = checkFragment(ref);
  if (!parsed.ok) return parsed.reason;
  const sel = (p: string) => parsed.selectors.find((s) => s.prefix === p);
  const leaf: Selector = parsed.selectors[parsed.selectors.length - 1];
  const hereFile = ancestor(from, 'file');
  const hereUnit = ancestor(from, 'unit');
  const f = sel('f');
  const file = f ? doc.get(f.id) : hereFile ? doc.get(attr(hereFile, 'id') ?? '') : undefined;
  if (f && !file) return `no <file id="${f.id}"> for "${ref}"`;
  const g = sel('g');
  if (g && file && !file.groups.has(g.id)) return `no <group id="${g.id}"> in file "${file.id}" for "${ref}"`;
  const u = sel('u');
  let unit: UnitIndex | null = null;
  if (u) {
    unit = file?.units.get(u.id) ?? null;
    if (file && !unit) return `no <unit id="${u.id}"> in file "${file.id}" for "${ref}"`;
  } else if (!f && !g && hereUnit && file) unit = file.units.get(attr(hereUnit, 'id') ?? '') ?? null;
  const sameUnit = !!unit && !!hereUnit && unit.el === hereUnit;
  if (leaf.prefix === 'f' || leaf.prefix === 'g' || leaf.prefix === 'u') return { kind: 'container', unit, sameUnit };
  if (leaf.prefix === 'n') {
    const notes = unit ? unit.notes : g && file ? file.groups.get(g.id)?.notes : file?.notes;
    if (notes && !notes.has(leaf.id)) return `no <note id="${leaf.id}"> where "${ref}" points`;
    return { kind: 'note', unit, sameUnit };
  }
  if (leaf.prefix && !['d', 't'].includes(leaf.prefix)) return { kind: 'module', unit, sameUnit };
  if (!unit) return { kind: leaf.prefix === 'd' ? 'data' : leaf.prefix === 't' ? 'target-inline' : 'part-or-source-inline', unit, sameUnit };
  if (leaf.prefix === 'd') return unit.data.has(leaf.id) ? { kind: 'data', unit, sameUnit } : `no <data id="${leaf.id}"> in unit "${unit.id}" for "${ref}"`;
  if (leaf.prefix === 't') return unit.targetInline.has(leaf.id) ? { kind: 'target-inline', unit, sameUnit } : `no target inline element id="${leaf.id}" in unit "${unit.id}" for "${ref}"`;
  // No prefix: a segment, an ignorable or a source inline element (module ids accepted too: they share the unit).
  if (unit.parts.has(leaf.id) || unit.sourceInline.has(leaf.id) || unit.targetInline.has(leaf.id) || unit.moduleIds.has(leaf.id))
    return { kind: 'part-or-source-inline', unit, sameUnit };
  return `nothing with id="${leaf.id}" in unit "${unit.id}" for "${ref}"`;
}
