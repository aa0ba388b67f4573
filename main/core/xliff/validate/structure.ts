// Schema-level checks without a schema engine: element content models, attributes and their types,
// for core and for module elements found at extension points. Unknown foreign elements are left alone.
import { XML_NS, elementChildren, type XAttr, type XElement } from '../xml';
import { CTR, FS, GLS, ITS, ITSM, MDA, MTC, RES, SLR, VAL, XLF, moduleName } from '../ns';
import { T } from './datatypes';
import { DEFS, type ElementDef, type Particle } from './schema-defs';
import { fail } from './violation';

const PREFIX_NS: Record<string, string[]> = {
  xlf: [XLF],
  mda: [MDA],
  mtc: [MTC],
  gls: [GLS],
  val: [VAL],
  slr: [SLR],
  res: [RES],
  ctr: CTR,
};

function keyOf(el: XElement): string | null {
  if (el.ns === XLF) return `xlf:${el.local}`;
  const m = moduleName(el.ns);
  return m ? `${m}:${el.local}` : null;
}

function matches(el: XElement, name: string): boolean {
  const [p, local] = name.split(':');
  return el.local === local && PREFIX_NS[p].includes(el.ns);
}

function particleLabel(p: Particle): string {
  if ('el' in p) return `<${p.el}>`;
  if ('choice' in p) return p.choice.map((c) => `<${c}>`).join('|');
  return 'an extension element';
}

/** Greedy match of children against a sequence: the schemas' models are deterministic, so greedy is exact. */
function checkContent(el: XElement, def: ElementDef, ownNs: string[]): void {
  const kids = elementChildren(el);
  let i = 0;
  for (const p of def.content) {
    let n = 0;
    while (i < kids.length && n < p.max) {
      const k = kids[i];
      const ok = 'el' in p ? matches(k, p.el) : 'choice' in p ? p.choice.some((c) => matches(k, c)) : !ownNs.includes(k.ns) && k.ns !== '';
      if (!ok) break;
      i++;
      n++;
    }
    if (n < p.min) {
      const found = i < kids.length ? `found <${kids[i].name}>` : 'found nothing';
      fail('structure', el, `must contain ${particleLabel(p)} here (${found})`);
    }
  }
  if (i < kids.length) {
    const k = kids[i];
    const where = k.ns === XLF || ownNs.includes(k.ns) ? 'is not allowed at this position' : 'extension element is not allowed at this position';
    fail('structure', k, `${where} inside <${el.name}>`);
  }
  if (!def.mixed) {
    for (const c of el.children) {
      if (c.type === 'text' && c.value.trim()) fail('structure', el, `text "${c.value.trim().slice(0, 30)}" is not allowed in <${el.name}>`);
    }
  }
}

const FS_VALUES = T.enumOf(
  ...'a b bdo big blockquote body br button caption center cite code col colgroup dd del div dl dt em h1 h2 h3 h4 h5 h6 head hr html i img label legend li ol p pre q s samp select small span strike strong sub sup table tbody td tfoot th thead title tr tt u ul'.split(
    ' ',
  ),
);
const SLR_ATTRS = ['storageRestriction', 'sizeRestriction', 'equivStorage', 'sizeInfo', 'sizeInfoRef'];

/** Attributes a module defines for use on other elements (fs:fs, slr:sizeInfo, its:*). */
function checkModuleAttribute(el: XElement, at: XAttr): void {
  const mod = moduleName(at.ns);
  if (mod === 'fs') {
    if (at.local === 'fs') {
      const err = FS_VALUES(at.value);
      if (err) fail('fs', el, `fs:fs="${at.value}" must be an HTML element name the Format Style module lists`);
    } else if (at.local === 'subFs') {
      if (!el.attrs.some((x) => x.ns === FS && x.local === 'fs')) fail('fs', el, 'fs:subFs requires fs:fs on the same element');
      if (!at.value.includes(',')) fail('fs', el, `fs:subFs="${at.value}" must be "name,value" pairs`);
    } else fail('fs', el, `attribute fs:${at.local} is not defined by the Format Style module (only fs:fs and fs:subFs)`);
    if (el.ns === XLF && el.local === 'ec' && el.attrs.find((x) => x.local === 'isolated' && x.ns === '')?.value !== 'yes')
      fail('fs', el, 'Format Style attributes are allowed on <ec> only when isolated="yes" (otherwise they belong on its <sc>)');
    return;
  }
  if (mod === 'slr') {
    if (!SLR_ATTRS.includes(at.local)) fail('slr', el, `attribute slr:${at.local} is not defined by the Size and Length Restriction module`);
    if (at.local === 'sizeInfoRef' && T.nmtoken()(at.value)) fail('slr', el, 'slr:sizeInfoRef must be an NMTOKEN');
    if (at.local === 'sizeInfo' && el.attrs.some((x) => x.ns === SLR && x.local === 'sizeInfoRef'))
      fail('slr', el, 'slr:sizeInfo and slr:sizeInfoRef must not both be used');
    return;
  }
  if (mod === 'its' || mod === 'itsm') return;
  if (mod) fail('structure', el, `the ${mod} module defines no attribute "${at.local}" for use on other elements`);
}

function checkAttributes(el: XElement, def: ElementDef): void {
  for (const at of el.attrs) {
    if (at.ns === '') {
      const ad = def.attrs[at.local];
      if (!ad) fail('structure', el, `attribute "${at.local}" is not allowed on <${el.name}>`);
      const err = ad.type(at.value);
      if (err) fail('attribute-value', el, `${at.local}="${at.value}" must be ${err}`);
      continue;
    }
    if (at.ns === XML_NS) {
      const declared = (def.xml as string[] | undefined)?.includes(at.local);
      if (!declared && def.other !== true) fail('structure', el, `attribute xml:${at.local} is not allowed on <${el.name}>`);
      if (at.local === 'lang' && at.value !== '' && T.lang()(at.value)) fail('language', el, `xml:lang="${at.value}" is not a well-formed BCP 47 language tag`);
      if (at.local === 'space' && T.enumOf('default', 'preserve')(at.value)) fail('attribute-value', el, `xml:space="${at.value}" must be "default" or "preserve"`);
      if (el.ns === XLF && el.local === 'data' && at.local === 'space' && at.value !== 'preserve') fail('attribute-value', el, 'xml:space on <data> is fixed to "preserve"');
      continue;
    }
    // anyAttribute ##other never admits the element's own namespace.
    if (ownNamespaces(el).includes(at.ns)) fail('structure', el, `attribute ${at.name} from the element's own namespace is not allowed`);
    if (!def.other) fail('extension', el, `extension attribute ${at.name} is not allowed on <${el.name}>`);
    if (def.other === 'modules' && ![FS, SLR, ITS, ITS + '/', ITSM].includes(at.ns))
      fail('extension', el, `only Format Style, Size Restriction and ITS module attributes are allowed on <${el.name}>; ${at.name} is not`);
    checkModuleAttribute(el, at);
  }
  for (const [name, ad] of Object.entries(def.attrs)) {
    if (ad.required && !el.attrs.some((x) => x.ns === '' && x.local === name)) fail('structure', el, `required attribute "${name}" is missing`);
  }
}

/** Module elements that the spec allows in one kind of core element only. */
const PLACEMENT: Record<string, string[]> = {
  'mtc:matches': ['unit'],
  'slr:profiles': ['file'],
};

function ownNamespaces(el: XElement): string[] {
  const m = moduleName(el.ns);
  if (el.ns === XLF) return [XLF];
  return m === 'ctr' ? CTR : [el.ns];
}

/** Validates el and everything below it that the spec defines. */
export function checkStructure(el: XElement): void {
  const key = keyOf(el);
  if (!key) return; // a third-party extension element: its content is the extension's business
  const def = DEFS[key];
  if (!def) {
    const mod = moduleName(el.ns);
    if (mod === 'its' || mod === 'itsm' || mod === 'fs' || mod === 'slr') {
      if (mod === 'fs') fail('fs', el, `the Format Style module defines no element <${el.name}>`);
      if (mod === 'slr') fail('slr', el, `the Size and Length Restriction module defines no element <${el.name}>`);
      return;
    }
    fail('structure', el, el.ns === XLF ? `<${el.local}> is not an element of XLIFF core` : `<${el.name}> is not an element of the ${mod} module`);
  }
  const place = PLACEMENT[key];
  if (place && el.parent && el.parent.ns === XLF && !place.includes(el.parent.local)) fail('structure', el, `<${el.name}> may only appear in <${place.join('> or <')}>`);
  checkAttributes(el, def);
  checkContent(el, def, ownNamespaces(el));
  for (const k of elementChildren(el)) checkStructure(k);
}
