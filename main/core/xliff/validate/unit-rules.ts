// Rules inside one <unit>: parts (ids, state/subState, target order), original data, and every inline
// rule of XLIFF core: ids, dataRef, copyOf, cp, type/subType, sc/ec and sm/em pairing, isolated,
// canCopy/canDelete/canOverlap/canReorder, corresponding target codes, comment annotations, subFlows.
import { attr, isXmlChar, type XElement } from '../xml';
import { coreKids, type DocIndex, type FileIndex, indexUnit } from './doc-index';
import { flag, parts, sourceEvents, targetEvents, type InlineEvent } from './inline-walk';
import { checkReorder } from './reorder';
import { resolveRef } from './refs';
import { fail } from './violation';

const XLF_SUBTYPES: Record<string, string> = { 'xlf:lb': 'fmt', 'xlf:pb': 'fmt', 'xlf:b': 'fmt', 'xlf:i': 'fmt', 'xlf:u': 'fmt', 'xlf:var': 'ui' };
const CODE = new Set(['ph', 'pc', 'sc', 'ec']);

export function checkUnit(unit: XElement, file: FileIndex, doc: DocIndex): void {
  const ps = parts(unit);
  if (!ps.some((p) => p.local === 'segment')) fail('structure', unit, 'a <unit> must contain at least one <segment>');

  const partIds = new Set<string>();
  for (const p of ps) {
    const id = attr(p, 'id');
    if (id !== undefined) {
      if (partIds.has(id)) fail('unique-id', p, `id "${id}" is not unique among the <segment> and <ignorable> elements of the unit`);
      partIds.add(id);
    }
    if (p.local === 'segment' && attr(p, 'subState') !== undefined && attr(p, 'state') === undefined)
      fail('state', p, 'subState is set but state is not: subState requires state');
  }
  checkOrder(unit, ps);

  const dataIds = new Set<string>();
  for (const od of coreKids(unit, 'originalData'))
    for (const d of coreKids(od, 'data')) {
      const id = attr(d, 'id') ?? '';
      if (dataIds.has(id)) fail('unique-id', d, `data id "${id}" is not unique in <originalData>`);
      dataIds.add(id);
      for (const cp of coreKids(d, 'cp')) checkCp(cp);
    }

  const src = sourceEvents(unit);
  const tgt = targetEvents(unit);
  const srcIds = checkSide(src, 'source', dataIds, unit, file, doc);
  const tgtIds = checkSide(tgt, 'target', dataIds, unit, file, doc);
  checkCopyOf([...src, ...tgt], srcIds, tgtIds);
  checkCorrespondence(tgt, srcIds);
  checkCanDelete(unit, ps, src, tgt);
  checkReorder(src, tgt);
}

/** Effective target positions must be distinct and within 1..(number of segments and ignorables). */
function checkOrder(unit: XElement, ps: XElement[]): void {
  const used = new Map<number, XElement>();
  ps.forEach((p, i) => {
    const t = coreKids(p, 'target')[0];
    if (!t) return;
    const o = attr(t, 'order');
    const pos = o === undefined ? i + 1 : Number(o);
    if (pos < 1 || pos > ps.length) fail('order', t, `order="${o}" is outside 1..${ps.length} (the number of segments and ignorables in the unit)`);
    const clash = used.get(pos);
    if (clash) fail('order', t, `target position ${pos} is already taken by another <target> of the unit (order values must be unique)`);
    used.set(pos, t);
  });
}

function checkCp(cp: XElement): void {
  const hex = attr(cp, 'hex') ?? '';
  const n = parseInt(hex, 16);
  if (!/^[0-9A-Fa-f]+$/.test(hex) || n > 0x10ffff) fail('cp', cp, `hex="${hex}" is not a Unicode code point`);
  if (isXmlChar(n)) fail('cp', cp, `U+${hex.toUpperCase()} is a valid XML character: <cp> may only encode characters XML forbids`);
}

/** Per-side rules; returns the inline elements by id. */
function checkSide(evs: InlineEvent[], side: string, dataIds: Set<string>, unit: XElement, file: FileIndex, doc: DocIndex): Map<string, XElement> {
  const ids = new Map<string, XElement>();
  const openSc = new Map<string, XElement>();
  const closedSc = new Set<string>();
  const openSm = new Map<string, XElement>();
  const scIds = new Set(evs.filter((e) => e.kind === 'sc').map((e) => attr(e.el, 'id') ?? ''));
  const ecRefs = new Set(evs.filter((e) => e.kind === 'ec').map((e) => attr(e.el, 'startRef')).filter((x): x is string => !!x));
  const emRefs = new Set(evs.filter((e) => e.kind === 'em').map((e) => attr(e.el, 'startRef') ?? ''));

  for (const ev of evs) {
    const el = ev.el;
    if (ev.kind === 'pcEnd' || ev.kind === 'mrkEnd') continue;
    const id = attr(el, 'id');
    if (id !== undefined) {
      if (ids.has(id)) fail('unique-id', el, `inline id "${id}" is not unique among the ${side} inline elements of the unit`);
      ids.set(id, el);
    }
    if (ev.kind === 'cp') {
      checkCp(el);
      continue;
    }
    if (CODE.has(el.local)) checkCodeAttributes(el, dataIds, file);
    switch (ev.kind) {
      case 'sc': {
        const iso = flag(el, 'isolated') === 'yes';
        if (iso && ecRefs.has(id ?? '')) fail('isolated', el, `isolated="yes" but its <ec startRef="${id}"> is in the same unit`);
        if (!iso && !ecRefs.has(id ?? '')) fail('isolated', el, 'no <ec> closes this <sc> in the unit: it must have isolated="yes"');
        if (!iso) openSc.set(id ?? '', el);
        break;
      }
      case 'ec': {
        const iso = flag(el, 'isolated') === 'yes';
        const ref = attr(el, 'startRef');
        if (iso) {
          if (ref !== undefined) fail('isolated', el, 'an isolated <ec> must use id, not startRef');
          if (id === undefined) fail('isolated', el, 'an isolated <ec> must have an id');
          break;
        }
        if (id !== undefined) fail('isolated', el, ref === undefined ? 'an <ec> with id must be isolated="yes" (no <sc> in the unit)' : 'a non-isolated <ec> must use startRef only, not id');
        if (ref === undefined) fail('isolated', el, 'a non-isolated <ec> needs startRef pointing to its <sc>');
        const sc = openSc.get(ref);
        if (!sc) {
          if (closedSc.has(ref)) fail('startRef', el, `<sc id="${ref}"> is already closed by another <ec>`);
          fail('startRef', el, scIds.has(ref) ? `comes before its <sc id="${ref}">` : `startRef="${ref}" matches no <sc> in the unit's ${side}`);
        }
        openSc.delete(ref);
        closedSc.add(ref);
        checkPairAttributes(sc, el);
        break;
      }
      case 'sm':
        if (!emRefs.has(id ?? '')) fail('startRef', el, `no <em startRef="${id}"> closes this <sm> in the unit`);
        openSm.set(id ?? '', el);
        checkAnnotation(el, unit, doc);
        break;
      case 'em': {
        const ref = attr(el, 'startRef') ?? '';
        if (!openSm.has(ref)) fail('startRef', el, ids.has(ref) ? `comes before its <sm id="${ref}"> or closes it twice` : `startRef="${ref}" matches no <sm> in the unit's ${side}`);
        openSm.delete(ref);
        break;
      }
      case 'mrkStart':
        checkAnnotation(el, unit, doc);
        break;
    }
  }
  return ids;
}

function checkCodeAttributes(el: XElement, dataIds: Set<string>, file: FileIndex): void {
  for (const name of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
    const v = attr(el, name);
    if (v === undefined) continue;
    if (!dataIds.size) fail('dataRef', el, `${name}="${v}" but the unit has no <originalData>`);
    if (!dataIds.has(v)) fail('dataRef', el, `${name}="${v}" matches no <data> in the unit's <originalData>`);
    if (attr(el, 'copyOf') !== undefined) fail('copyOf', el, `copyOf and ${name} must not be used together (a copy has no original data of its own)`);
  }
  const type = attr(el, 'type');
  const subType = attr(el, 'subType');
  if (subType !== undefined) {
    if (type === undefined) fail('subType', el, 'subType requires type');
    if (subType.startsWith('xlf:')) {
      const need = XLF_SUBTYPES[subType];
      if (!need) fail('subType', el, `"${subType}" is not a subType XLIFF defines (xlf:lb, xlf:pb, xlf:b, xlf:i, xlf:u, xlf:var)`);
      if (need !== type) fail('subType', el, `subType "${subType}" requires type="${need}" (found "${type}")`);
    }
  }
  const reorder = flag(el, 'canReorder');
  if (el.local !== 'ec' && reorder !== 'yes' && (flag(el, 'canCopy') !== 'no' || flag(el, 'canDelete') !== 'no'))
    fail('canReorder', el, `canReorder="${reorder}" requires canCopy="no" and canDelete="no"`);
  for (const name of ['subFlows', 'subFlowsStart', 'subFlowsEnd']) {
    const v = attr(el, name);
    if (v === undefined) continue;
    for (const u of v.split(/\s+/).filter(Boolean))
      if (!file.units.has(u)) fail('subFlows', el, `${name} names unit "${u}", which is not a <unit> of file "${file.id}"`);
  }
}

/** An <ec> repeats the editing hints of its <sc>; with canReorder, "firstNo" on the <sc> means "no" on the <ec>. */
function checkPairAttributes(sc: XElement, ec: XElement): void {
  for (const name of ['canCopy', 'canDelete', 'canOverlap'] as const) {
    if (flag(sc, name) !== flag(ec, name)) fail(name, ec, `${name}="${flag(ec, name)}" differs from ${name}="${flag(sc, name)}" on its <sc>`);
  }
  const want = flag(sc, 'canReorder') === 'yes' ? 'yes' : 'no';
  if (flag(ec, 'canReorder') !== want) fail('canReorder', ec, `canReorder must be "${want}" because its <sc> has canReorder="${flag(sc, 'canReorder')}"`);
  for (const name of ['type', 'subType', 'dir', 'copyOf']) {
    const a = attr(sc, name);
    const b = attr(ec, name);
    if (a !== b && (name === 'copyOf' || (a !== undefined && b !== undefined))) fail(name, ec, `${name} ("${b ?? ''}") must be the same as on its <sc> ("${a ?? ''}")`);
  }
}

function checkAnnotation(el: XElement, unit: XElement, doc: DocIndex): void {
  const type = attr(el, 'type');
  const ref = attr(el, 'ref');
  const value = attr(el, 'value');
  if (type === 'comment') {
    if ((ref === undefined) === (value === undefined)) fail('comment', el, 'a comment annotation must have exactly one of value and ref');
    if (ref !== undefined) {
      const r = resolveRef(ref, el, doc);
      if (typeof r === 'string') fail('comment', el, `ref must point to a <note> of this unit: ${r}`);
      if (r.kind !== 'note' || !r.sameUnit) fail('comment', el, `ref="${ref}" must point to a <note> of the enclosing unit`);
    }
    return;
  }
  if (ref !== undefined && ref.startsWith('#')) {
    const r = resolveRef(ref, el, doc);
    if (typeof r === 'string') fail('fragment-id', el, r);
  }
  void unit;
}

function checkCopyOf(all: InlineEvent[], srcIds: Map<string, XElement>, tgtIds: Map<string, XElement>): void {
  for (const ev of all) {
    const copyOf = attr(ev.el, 'copyOf');
    if (copyOf === undefined || ev.kind === 'pcEnd') continue;
    const base = srcIds.get(copyOf) ?? tgtIds.get(copyOf);
    if (!base || !CODE.has(base.local)) fail('copyOf', ev.el, `copyOf="${copyOf}" matches no inline code of the unit`);
    const compatible = base.local === ev.el.local || (ev.el.local === 'ec' && base.local === 'sc');
    if (!compatible) fail('copyOf', ev.el, `copyOf="${copyOf}" points to a <${base.local}>, not a <${ev.el.local}>`);
    if (flag(base, 'canCopy') === 'no') fail('copyOf', ev.el, `copyOf="${copyOf}" points to a code with canCopy="no"`);
  }
}

/** A target code with the id of a source code is that code: same element, same original data. */
function checkCorrespondence(tgt: InlineEvent[], srcIds: Map<string, XElement>): void {
  for (const ev of tgt) {
    if (!CODE.has(ev.el.local) || ev.kind === 'pcEnd') continue;
    const id = attr(ev.el, 'id');
    const s = id === undefined ? undefined : srcIds.get(id);
    if (!s) continue;
    if (s.local !== ev.el.local) fail('corresponding-code', ev.el, `target <${ev.el.local}> has the id of a source <${s.local}>: corresponding codes must be the same element`);
    for (const name of ['dataRef', 'dataRefStart', 'dataRefEnd', 'type', 'subType']) {
      const a = attr(s, name);
      const b = attr(ev.el, name);
      if (a !== undefined && b !== undefined && a !== b) fail('corresponding-code', ev.el, `${name}="${b}" differs from the corresponding source code (${name}="${a}")`);
    }
  }
}

/** A code with canDelete="no" must survive into the unit's target wherever its segment has a target. */
function checkCanDelete(unit: XElement, ps: XElement[], src: InlineEvent[], tgt: InlineEvent[]): void {
  const inTarget = new Set(tgt.filter((e) => CODE.has(e.el.local)).map((e) => `${e.el.local}#${attr(e.el, 'id') ?? attr(e.el, 'startRef')}`));
  for (const ev of src) {
    if (!['ph', 'pcStart', 'sc', 'ec'].includes(ev.kind) || flag(ev.el, 'canDelete') !== 'no') continue;
    if (ev.kind === 'ec' && attr(ev.el, 'startRef') !== undefined) continue; // checked through its <sc>
    if (!coreKids(ps[ev.part], 'target').length) continue;
    const key = `${ev.el.local}#${attr(ev.el, 'id')}`;
    if (!inTarget.has(key)) fail('canDelete', ev.el, 'has canDelete="no" but is missing from the target of the unit');
  }
  void unit;
}

export function checkUnits(doc: DocIndex): void {
  for (const file of doc.values()) for (const u of file.units.values()) checkUnit(u.el, file, doc);
}
export { indexUnit };
