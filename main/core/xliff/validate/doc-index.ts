// Lookup tables over a parsed XLIFF document (files, groups, units and what each unit holds), built once
// so reference checks (fragment ids, subFlows, copyOf) are simple map lookups.
import { attr, elementChildren, type XElement } from '../xml';
import { XLF } from '../ns';

export interface UnitIndex {
  el: XElement;
  id: string;
  notes: Set<string>;
  data: Set<string>;
  parts: Set<string>;
  sourceInline: Map<string, XElement>;
  targetInline: Map<string, XElement>;
  moduleIds: Set<string>;
}
export interface ContainerIndex {
  el: XElement;
  notes: Set<string>;
}
export interface FileIndex {
  el: XElement;
  id: string;
  notes: Set<string>;
  groups: Map<string, ContainerIndex>;
  units: Map<string, UnitIndex>;
}
export type DocIndex = Map<string, FileIndex>;

export const isCore = (el: XElement, local?: string) => el.ns === XLF && (local === undefined || el.local === local);
export const coreKids = (el: XElement, local: string) => elementChildren(el).filter((k) => isCore(k, local));

export function noteIds(container: XElement): Set<string> {
  const ids = new Set<string>();
  for (const notes of coreKids(container, 'notes')) for (const n of coreKids(notes, 'note')) {
    const id = attr(n, 'id');
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

const INLINE_WITH_ID = new Set(['ph', 'pc', 'sc', 'ec', 'mrk', 'sm']);

export function collectInline(el: XElement, out: Map<string, XElement>): void {
  for (const k of elementChildren(el)) {
    if (!isCore(k)) continue;
    const id = attr(k, 'id');
    if (INLINE_WITH_ID.has(k.local) && id !== undefined && !out.has(id)) out.set(id, k);
    collectInline(k, out);
  }
}

function moduleIds(el: XElement, out: Set<string>): void {
  for (const k of elementChildren(el)) {
    if (isCore(k)) continue;
    const id = attr(k, 'id');
    if (id !== undefined) out.add(id);
    moduleIds(k, out);
  }
}

export function indexUnit(unit: XElement): UnitIndex {
  const u: UnitIndex = {
    el: unit,
    id: attr(unit, 'id') ?? '',
    notes: noteIds(unit),
    data: new Set(),
    parts: new Set(),
    sourceInline: new Map(),
    targetInline: new Map(),
    moduleIds: new Set(),
  };
  for (const od of coreKids(unit, 'originalData')) for (const d of coreKids(od, 'data')) u.data.add(attr(d, 'id') ?? '');
  for (const p of elementChildren(unit)) {
    if (isCore(p, 'segment') || isCore(p, 'ignorable')) {
      const id = attr(p, 'id');
      if (id !== undefined) u.parts.add(id);
      for (const s of coreKids(p, 'source')) collectInline(s, u.sourceInline);
      for (const t of coreKids(p, 'target')) collectInline(t, u.targetInline);
    } else if (!isCore(p)) moduleIds(p, u.moduleIds);
  }
  return u;
}

export function buildIndex(root: XElement): DocIndex {
  const doc: DocIndex = new Map();
  for (const f of coreKids(root, 'file')) {
    const fi: FileIndex = { el: f, id: attr(f, 'id') ?? '', notes: noteIds(f), groups: new Map(), units: new Map() };
    const walk = (c: XElement) => {
      for (const k of elementChildren(c)) {
        if (isCore(k, 'group')) {
          fi.groups.set(attr(k, 'id') ?? '', { el: k, notes: noteIds(k) });
          walk(k);
        } else if (isCore(k, 'unit')) fi.units.set(attr(k, 'id') ?? '', indexUnit(k));
      }
    };
    walk(f);
    if (!doc.has(fi.id)) doc.set(fi.id, fi);
  }
  return doc;
}

/** The nearest enclosing core element with the given local name. */
export function ancestor(el: XElement, local: string): XElement | null {
  for (let p = el.parent; p; p = p.parent) if (isCore(p, local)) return p;
  return null;
}
