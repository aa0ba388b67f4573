// Document-wide XLIFF rules: version, languages (srcLang/trgLang vs inherited xml:lang), id uniqueness at
// file/group/note/extension scope, skeleton, xml:space agreement between source and target.
import { XML_NS, attr, elementChildren, textOf, type XElement } from '../xml';
import { XLF } from '../ns';
import { coreKids, isCore } from './doc-index';
import { fail } from './violation';

function inherited(el: XElement, local: 'lang' | 'space'): string | undefined {
  for (let p: XElement | null = el; p; p = p.parent) {
    const v = attr(p, local, XML_NS);
    if (v !== undefined) return v;
  }
  return undefined;
}

const sameLang = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function checkUnique(els: XElement[], scope: string, rule = 'unique-id', idOf = (e: XElement) => attr(e, 'id')): void {
  const seen = new Set<string>();
  for (const e of els) {
    const id = idOf(e);
    if (id === undefined) continue;
    if (seen.has(id)) fail(rule, e, `id "${id}" is not unique ${scope}`);
    seen.add(id);
  }
}

/** Ids of module and extension elements must be unique (per namespace) within the enclosing file, group or unit. */
function checkExtensionIds(container: XElement): void {
  const seen = new Map<string, Set<string>>();
  const walk = (el: XElement) => {
    for (const k of elementChildren(el)) {
      if (k.ns === XLF) continue; // core content inside a module (e.g. <mtc:match><source>) has its own scopes
      for (const a of k.attrs) {
        if (a.local !== 'id' || (a.ns !== '' && a.ns !== XML_NS)) continue;
        const ids = seen.get(k.ns) ?? new Set<string>();
        if (ids.has(a.value)) fail('unique-id', k, `extension/module element id "${a.value}" is not unique within the enclosing <${container.local}>`);
        ids.add(a.value);
        seen.set(k.ns, ids);
      }
      walk(k);
    }
  };
  walk(container);
}

function checkContainer(c: XElement): void {
  for (const notes of coreKids(c, 'notes')) checkUnique(coreKids(notes, 'note'), `among the notes of this <${c.local}>`);
  checkExtensionIds(c);
}

export function checkDocument(root: XElement): void {
  const version = attr(root, 'version') ?? '';
  if (!/^2\.[01]$/.test(version)) fail('version', root, `version="${version}" is not supported: must be "2.0" or "2.1"`);
  const srcLang = attr(root, 'srcLang') ?? '';
  const trgLang = attr(root, 'trgLang');
  const files = coreKids(root, 'file');
  checkUnique(files, 'among <file> elements');

  for (const file of files) {
    checkContainer(file);
    for (const sk of coreKids(file, 'skeleton')) {
      const hasContent = elementChildren(sk).length > 0 || textOf(sk).trim() !== '';
      const href = attr(sk, 'href');
      if (href !== undefined && hasContent) fail('skeleton', sk, 'must have either an href attribute or content, not both');
      if (href === undefined && !hasContent) fail('skeleton', sk, 'must have an href attribute or non-empty content');
    }
    const groups: XElement[] = [];
    const units: XElement[] = [];
    const walk = (c: XElement) => {
      for (const k of elementChildren(c)) {
        if (isCore(k, 'group')) {
          groups.push(k);
          checkContainer(k);
          walk(k);
        } else if (isCore(k, 'unit')) units.push(k);
      }
    };
    walk(file);
    checkUnique(groups, `among <group> elements of file "${attr(file, 'id')}"`);
    checkUnique(units, `among <unit> elements of file "${attr(file, 'id')}"`);
    for (const u of units) {
      checkContainer(u);
      checkUnitLanguages(u, srcLang, trgLang);
    }
  }
}

function checkUnitLanguages(unit: XElement, srcLang: string, trgLang: string | undefined): void {
  for (const part of elementChildren(unit)) {
    if (!isCore(part, 'segment') && !isCore(part, 'ignorable')) continue;
    const src = coreKids(part, 'source')[0];
    const tgt = coreKids(part, 'target')[0];
    if (src) {
      const l = inherited(src, 'lang');
      if (l && !sameLang(l, srcLang)) fail('language', src, `xml:lang "${l}" (explicit or inherited) differs from srcLang "${srcLang}"`);
    }
    if (tgt) {
      if (trgLang === undefined) fail('trgLang', tgt, 'a <target> exists, so <xliff> must declare trgLang');
      const l = inherited(tgt, 'lang');
      if (l && !sameLang(l, trgLang)) fail('language', tgt, `xml:lang "${l}" (explicit or inherited) differs from trgLang "${trgLang}"`);
      if (src && (inherited(src, 'space') ?? 'default') !== (inherited(tgt, 'space') ?? 'default'))
        fail('xml:space', tgt, 'xml:space (explicit or inherited) must be the same on <source> and <target>');
    }
  }
}
