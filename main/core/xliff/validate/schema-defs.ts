// Content models and attribute types of XLIFF 2.x core and module elements, written from the OASIS schemas
// (xliff_core_2.0.xsd, metadata.xsd, matches.xsd, glossary.xsd, validation.xsd, size_restriction.xsd,
// resource_data.xsd) and the change-tracking section of the 2.1 spec, so validation needs no schema files.
import { T, dirValue, yesNo, yesNoFirstNo, type TypeCheck } from './datatypes';

/** A content-model particle; element names are "prefix:local" with prefixes from PREFIX_NS in structure.ts. */
export type Particle =
  | { el: string; min: number; max: number }
  | { choice: string[]; min: number; max: number }
  | { other: true; min: number; max: number };

export interface AttrDef {
  type: TypeCheck;
  required?: boolean;
}

export interface ElementDef {
  attrs: Record<string, AttrDef>;
  /** xml:* attributes declared explicitly. */
  xml?: ('lang' | 'space')[];
  /** anyAttribute ##other: true = any foreign namespace; 'modules' = only the fs, slr and ITS modules (inline codes). */
  other?: boolean | 'modules';
  content: Particle[];
  mixed?: boolean;
}

const INF = Infinity;
const one = (el: string): Particle => ({ el, min: 1, max: 1 });
const opt = (el: string): Particle => ({ el, min: 0, max: 1 });
const many = (el: string, min = 0): Particle => ({ el, min, max: INF });
const choice = (min: number, ...els: string[]): Particle => ({ choice: els, min, max: INF });
const anyOther: Particle = { other: true, min: 0, max: INF };
const a = (type: TypeCheck, required = false): AttrDef => ({ type, required });

const INLINE = ['xlf:cp', 'xlf:ph', 'xlf:pc', 'xlf:sc', 'xlf:ec', 'xlf:mrk', 'xlf:sm', 'xlf:em'];
const codeType = T.enumOf('fmt', 'ui', 'quote', 'link', 'image', 'other');
const mrkType: TypeCheck = (v) => (['generic', 'comment', 'term'].includes(v) || T.userDefined()(v) === null ? null : '"generic", "comment", "term" or a user-defined "prefix:value"');
const codeCommon = {
  canCopy: a(yesNo),
  canDelete: a(yesNo),
  canReorder: a(yesNoFirstNo),
  copyOf: a(T.nmtoken()),
  subType: a(T.userDefined()),
  type: a(codeType),
};
const structural = { name: a(T.any()), canResegment: a(yesNo), translate: a(yesNo), srcDir: a(dirValue), trgDir: a(dirValue), type: a(T.userDefined()) };
const similarity = a(T.decimalRange(0, 100));

export const DEFS: Record<string, ElementDef> = {
  // ---------- core ----------
  'xlf:xliff': {
    attrs: { version: a(T.any(), true), srcLang: a(T.lang(), true), trgLang: a(T.lang()) },
    xml: ['space'],
    other: true,
    content: [many('xlf:file', 1)],
  },
  'xlf:file': {
    attrs: { id: a(T.nmtoken(), true), canResegment: a(yesNo), original: a(T.any()), translate: a(yesNo), srcDir: a(dirValue), trgDir: a(dirValue) },
    xml: ['space'],
    other: true,
    content: [opt('xlf:skeleton'), anyOther, opt('xlf:notes'), choice(1, 'xlf:unit', 'xlf:group')],
  },
  'xlf:skeleton': { attrs: { href: a(T.any()) }, mixed: true, content: [anyOther] },
  'xlf:group': {
    attrs: { id: a(T.nmtoken(), true), ...structural },
    xml: ['space'],
    other: true,
    content: [anyOther, opt('xlf:notes'), choice(0, 'xlf:unit', 'xlf:group')],
  },
  'xlf:unit': {
    attrs: { id: a(T.nmtoken(), true), ...structural },
    xml: ['space'],
    other: true,
    content: [anyOther, opt('xlf:notes'), opt('xlf:originalData'), choice(1, 'xlf:segment', 'xlf:ignorable')],
  },
  'xlf:segment': {
    attrs: { id: a(T.nmtoken()), canResegment: a(yesNo), state: a(T.enumOf('initial', 'translated', 'reviewed', 'final')), subState: a(T.userDefined()) },
    content: [one('xlf:source'), opt('xlf:target')],
  },
  'xlf:ignorable': { attrs: { id: a(T.nmtoken()) }, content: [one('xlf:source'), opt('xlf:target')] },
  'xlf:notes': { attrs: {}, content: [many('xlf:note', 1)] },
  'xlf:note': {
    attrs: { id: a(T.nmtoken()), appliesTo: a(T.enumOf('source', 'target')), category: a(T.any()), priority: a(T.intRange(1, 10)) },
    other: true,
    mixed: true,
    content: [],
  },
  'xlf:originalData': { attrs: {}, content: [many('xlf:data', 1)] },
  'xlf:data': { attrs: { id: a(T.nmtoken(), true), dir: a(dirValue) }, xml: ['space'], mixed: true, content: [many('xlf:cp')] },
  'xlf:source': { attrs: {}, xml: ['lang', 'space'], mixed: true, content: [choice(0, ...INLINE)] },
  'xlf:target': { attrs: { order: a(T.positiveInt()) }, xml: ['lang', 'space'], mixed: true, content: [choice(0, ...INLINE)] },
  'xlf:cp': { attrs: { hex: a(T.hex(), true) }, content: [] },
  'xlf:ph': {
    attrs: { ...codeCommon, disp: a(T.any()), equiv: a(T.any()), id: a(T.nmtoken(), true), dataRef: a(T.nmtoken()), subFlows: a(T.nmtokens()) },
    other: 'modules',
    content: [],
  },
  'xlf:pc': {
    attrs: {
      ...codeCommon,
      canOverlap: a(yesNo),
      dispEnd: a(T.any()),
      dispStart: a(T.any()),
      equivEnd: a(T.any()),
      equivStart: a(T.any()),
      id: a(T.nmtoken(), true),
      dataRefEnd: a(T.nmtoken()),
      dataRefStart: a(T.nmtoken()),
      subFlowsEnd: a(T.nmtokens()),
      subFlowsStart: a(T.nmtokens()),
      dir: a(dirValue),
    },
    other: 'modules',
    mixed: true,
    content: [choice(0, ...INLINE)],
  },
  'xlf:sc': {
    attrs: {
      ...codeCommon,
      canOverlap: a(yesNo),
      dataRef: a(T.nmtoken()),
      dir: a(dirValue),
      disp: a(T.any()),
      equiv: a(T.any()),
      id: a(T.nmtoken(), true),
      isolated: a(yesNo),
      subFlows: a(T.nmtokens()),
    },
    other: 'modules',
    content: [],
  },
  'xlf:ec': {
    attrs: {
      ...codeCommon,
      canOverlap: a(yesNo),
      dataRef: a(T.nmtoken()),
      dir: a(dirValue),
      disp: a(T.any()),
      equiv: a(T.any()),
      id: a(T.nmtoken()),
      isolated: a(yesNo),
      startRef: a(T.nmtoken()),
      subFlows: a(T.nmtokens()),
    },
    other: 'modules',
    content: [],
  },
  'xlf:mrk': {
    attrs: { id: a(T.nmtoken(), true), translate: a(yesNo), type: a(mrkType), ref: a(T.any()), value: a(T.any()) },
    other: true,
    mixed: true,
    content: [choice(0, ...INLINE)],
  },
  'xlf:sm': { attrs: { id: a(T.nmtoken(), true), translate: a(yesNo), type: a(mrkType), ref: a(T.any()), value: a(T.any()) }, other: true, content: [] },
  'xlf:em': { attrs: { startRef: a(T.nmtoken(), true) }, content: [] },

  // ---------- metadata (mda) ----------
  'mda:metadata': { attrs: { id: a(T.nmtoken()) }, content: [many('mda:metaGroup', 1)] },
  'mda:metaGroup': {
    attrs: { id: a(T.nmtoken()), category: a(T.any()), appliesTo: a(T.enumOf('source', 'target', 'ignorable')) },
    content: [choice(1, 'mda:metaGroup', 'mda:meta')],
  },
  'mda:meta': { attrs: { type: a(T.any(), true) }, mixed: true, content: [] },

  // ---------- translation candidates (mtc) ----------
  'mtc:matches': { attrs: {}, content: [many('mtc:match', 1)] },
  'mtc:match': {
    attrs: {
      id: a(T.nmtoken()),
      matchQuality: similarity,
      matchSuitability: similarity,
      origin: a(T.any()),
      ref: a(T.any(), true),
      reference: a(yesNo),
      similarity,
      subType: a(T.userDefined()),
      type: a(T.enumOf('am', 'mt', 'icm', 'idm', 'tb', 'tm', 'other')),
    },
    other: true,
    content: [opt('mda:metadata'), opt('xlf:originalData'), one('xlf:source'), one('xlf:target'), anyOther],
  },

  // ---------- glossary (gls) ----------
  'gls:glossary': { attrs: {}, content: [many('gls:glossEntry', 1)] },
  'gls:glossEntry': {
    attrs: { id: a(T.nmtoken()), ref: a(T.any()) },
    other: true,
    content: [one('gls:term'), many('gls:translation'), opt('gls:definition'), anyOther],
  },
  'gls:term': { attrs: { source: a(T.any()) }, other: true, mixed: true, content: [] },
  'gls:translation': { attrs: { id: a(T.nmtoken()), ref: a(T.any()), source: a(T.any()) }, other: true, mixed: true, content: [] },
  'gls:definition': { attrs: { source: a(T.any()) }, other: true, mixed: true, content: [] },

  // ---------- validation (val) ----------
  'val:validation': { attrs: {}, other: true, content: [many('val:rule', 1)] },
  'val:rule': {
    attrs: {
      isPresent: a(T.any()),
      occurs: a(T.positiveInt()),
      isNotPresent: a(T.any()),
      startsWith: a(T.any()),
      endsWith: a(T.any()),
      existsInSource: a(yesNo),
      caseSensitive: a(yesNo),
      normalization: a(T.enumOf('none', 'nfc', 'nfd')),
      disabled: a(yesNo),
    },
    other: true,
    content: [],
  },

  // ---------- size and length restriction (slr) ----------
  'slr:profiles': { attrs: { generalProfile: a(T.any()), storageProfile: a(T.any()) }, content: [opt('slr:normalization'), anyOther] },
  'slr:normalization': { attrs: { general: a(T.enumOf('none', 'nfc', 'nfd')), storage: a(T.enumOf('none', 'nfc', 'nfd')) }, content: [] },
  'slr:data': { attrs: { profile: a(T.any(), true) }, other: true, content: [anyOther] },

  // ---------- resource data (res) ----------
  'res:resourceData': { attrs: { id: a(T.nmtoken()) }, content: [many('res:resourceItemRef'), many('res:resourceItem')] },
  'res:resourceItemRef': { attrs: { id: a(T.nmtoken()), ref: a(T.nmtoken(), true) }, other: true, content: [] },
  'res:resourceItem': {
    attrs: { mimeType: a(T.any()), id: a(T.nmtoken()), context: a(yesNo) },
    other: true,
    content: [opt('res:source'), opt('res:target'), many('res:reference')],
  },
  'res:source': { attrs: { href: a(T.any()) }, xml: ['lang'], other: true, content: [anyOther] },
  'res:target': { attrs: { href: a(T.any()) }, xml: ['lang'], other: true, content: [anyOther] },
  'res:reference': { attrs: { href: a(T.any(), true) }, xml: ['lang'], other: true, content: [] },

  // ---------- change tracking (ctr) ----------
  'ctr:changeTrack': { attrs: {}, content: [many('ctr:revisions', 1)] },
  'ctr:revisions': {
    attrs: { appliesTo: a(T.nmtoken(), true), ref: a(T.nmtoken()), currentVersion: a(T.nmtoken()) },
    other: true,
    content: [many('ctr:revision', 1)],
  },
  'ctr:revision': { attrs: { author: a(T.any()), datetime: a(T.any()), version: a(T.nmtoken()) }, other: true, content: [many('ctr:item', 1)] },
  'ctr:item': { attrs: { property: a(T.nonEmpty(), true) }, other: true, mixed: true, content: [] },
};
