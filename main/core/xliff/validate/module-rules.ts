// Processing rules of the modules beyond their schemas: glossary entries, validation rules, translation
// candidates (ref, xml:lang), resource data references.
import { XML_NS, attr, type XElement } from '../xml';
import { GLS, MTC, RES, VAL } from '../ns';
import { isCore, type DocIndex } from './doc-index';
import { resolveRef } from './refs';
import { fail } from './violation';

function* descendants(el: XElement): Generator<XElement> {
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    yield c;
    yield* descendants(c);
  }
}

const VAL_KINDS = ['isPresent', 'isNotPresent', 'startsWith', 'endsWith'];

export function checkModules(root: XElement, doc: DocIndex): void {
  const resItems = new Map<XElement, Set<string>>();
  for (const el of descendants(root)) {
    if (el.ns === GLS && el.local === 'glossEntry') {
      if (!el.children.some((c) => c.type === 'element' && c.ns === GLS && (c.local === 'translation' || c.local === 'definition')))
        fail('gls', el, 'a glossary entry needs at least one <gls:translation> or <gls:definition>');
    }
    if (el.ns === GLS && (el.local === 'glossEntry' || el.local === 'translation')) {
      const ref = attr(el, 'ref');
      if (ref?.startsWith('#')) {
        const r = resolveRef(ref, el, doc);
        if (typeof r === 'string') fail('gls', el, `ref: ${r}`);
      }
    }
    if (el.ns === VAL && el.local === 'rule') {
      const kinds = VAL_KINDS.filter((k) => attr(el, k) !== undefined);
      const custom = el.attrs.filter((a) => a.ns !== '' && a.ns !== XML_NS);
      if (kinds.length + (custom.length ? 1 : 0) !== 1)
        fail('val', el, `a rule must use exactly one of ${VAL_KINDS.join(', ')} or one custom rule attribute (found ${kinds.length + custom.length})`);
      for (const k of kinds) if (!attr(el, k)) fail('val', el, `${k} must not be empty`);
      if (attr(el, 'occurs') !== undefined && attr(el, 'isPresent') === undefined) fail('val', el, 'occurs may only be used with isPresent');
      if (attr(el, 'existsInSource') === 'yes' && !['isPresent', 'startsWith', 'endsWith'].some((k) => attr(el, k) !== undefined))
        fail('val', el, 'existsInSource may only be used with isPresent, startsWith or endsWith');
    }
    if (el.ns === MTC && el.local === 'match') {
      if (attr(el, 'lang', XML_NS) !== undefined) fail('mtc', el, 'xml:lang is not allowed on <mtc:match>');
      if (attr(el, 'subType') !== undefined && attr(el, 'type') === undefined) fail('mtc', el, 'subType requires type');
      const ref = attr(el, 'ref') ?? '';
      if (!ref.startsWith('#')) fail('mtc', el, `ref="${ref}" must be a fragment identifier pointing into the unit`);
      const r = resolveRef(ref, el, doc);
      if (typeof r === 'string') fail('mtc', el, `ref: ${r}`);
      if (!r.sameUnit && r.unit) fail('mtc', el, `ref="${ref}" must point into the enclosing unit`);
    }
    if (el.ns === RES && el.local === 'resourceData' && el.parent && isCore(el.parent)) {
      resItems.set(el.parent, new Set([...descendants(el)].filter((d) => d.ns === RES && d.local === 'resourceItem').map((d) => attr(d, 'id') ?? '')));
    }
  }
  for (const el of descendants(root)) {
    if (el.ns !== RES || el.local !== 'resourceItemRef') continue;
    const ref = attr(el, 'ref') ?? '';
    let found = false;
    for (let p = el.parent; p && !found; p = p.parent) found = resItems.get(p)?.has(ref) ?? false;
    if (!found) fail('res', el, `ref="${ref}" matches no <res:resourceItem> id in an enclosing resourceData`);
  }
}
