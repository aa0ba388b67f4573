// importXliff12: takes back targets and states from an XLIFF 1.x file (ours, after OmegaT / translate-toolkit).
// Same contract as the 2.1 import: only target and status change, doubtful units are reported, never applied.
// Written for what the tools really produce: translate-toolkit's `po2xliff -t ours.xlf` keeps our <file> as it
// was and appends a second <file> whose units have new numeric ids (our id survives only as a po-reference
// context), mixes the 1.1 and 1.2 namespaces and marks every non-fuzzy unit approved="yes" without a state.
import type { Segment, SegmentStatus, TranslationProject } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { assertProjectLanguages } from './languages';
import { fromXliffId } from './ids';
import { attr, elementChildren, parseXml, textOf, XmlDepthError, XmlSyntaxError, type XElement } from './xml';
import { HEADLINE_UNIT, XLF12 } from './xliff12-export';
import { tooDeep } from './too-deep';
import type { ImportOptions, XliffChange, XliffImportResult, XliffRejection } from './import';
import { targetVerdict } from './target-merge';

/** XLIFF 1.x namespaces (and none, as old files write it): the elements are the same. */
const X1 = new Set(['', XLF12, 'urn:oasis:names:tc:xliff:document:1.1']);
const isX1 = (el: XElement, local: string) => X1.has(el.ns) && el.local === local;

const invalid = (reason: string, line = 0) => new AppError('xliff.invalid', `The XLIFF file is not valid: ${reason}`, { reason, line });

const RANK: Record<SegmentStatus, number> = { new: 0, draft: 1, translated: 2, reviewed: 3, approved: 4 };

/**
 * The status a unit asks for. An explicit target state decides (final → approved, signed-off → reviewed,
 * translated → translated, needs-* → draft). Without one, approved="yes" is all the tool says: PO tools write
 * it for every non-fuzzy entry, so it means "translated" — and when the text did not change it only ever
 * raises a draft, never lowers the finer status we had (a PO round trip marks reviewed units fuzzy).
 */
export function statusFrom12(state: string | undefined, target: string, approved: boolean, cur: Segment): SegmentStatus {
  if (!target) return 'new';
  if (state === 'final') return 'approved';
  if (state === 'signed-off') return 'reviewed';
  if (state === 'translated') return 'translated';
  if (state !== undefined) return 'draft'; // new, needs-translation, needs-adaptation, needs-l10n, needs-review-*, x-…
  const asked: SegmentStatus = approved ? 'translated' : 'draft';
  if (target !== cur.target) return asked;
  return RANK[asked] > RANK[cur.status] ? asked : cur.status;
}

/** Plain text of a 1.2 <source>/<target>: text of <g>, <mrk>, <sub>-free content; placeholders (<x/>, <ph>…) add none. */
function text12(el: XElement | undefined): string {
  if (!el) return '';
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += c.value;
    else if (isX1(c, 'g') || isX1(c, 'mrk')) out += text12(c);
  }
  return out;
}

const kid = (el: XElement, local: string) => elementChildren(el).find((k) => isX1(k, local));

/** Where a unit may name our segment: its id, its resname, or a po-reference location context (po2xliff). */
function candidateIds(u: XElement): string[] {
  const ids = [attr(u, 'id'), attr(u, 'resname')];
  for (const g of elementChildren(u).filter((k) => isX1(k, 'context-group')))
    for (const c of elementChildren(g).filter((k) => isX1(k, 'context')))
      if (attr(c, 'context-type') === 'sourcefile') ids.push(textOf(c).trim());
  return ids.filter((x): x is string => !!x);
}

export type Xliff12ImportResult = XliffImportResult;

export function importXliff12(xml: string, project: TranslationProject, opts: ImportOptions = {}): Xliff12ImportResult {
  let root: XElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlDepthError) throw tooDeep(e.line);
    if (e instanceof XmlSyntaxError) throw invalid(e.message, e.line);
    throw e;
  }
  if (!isX1(root, 'xliff')) throw invalid(`the root element is not an XLIFF 1.2 <xliff> (namespace ${XLF12})`, root.line);
  const files = elementChildren(root).filter((k) => isX1(k, 'file'));
  if (!files.length) throw invalid('<xliff> holds no <file>', root.line);
  for (const f of files) {
    const src = attr(f, 'source-language') ?? '';
    const trg = attr(f, 'target-language') ?? project.targetLang;
    if (!src) throw invalid('<file> has no source-language', f.line);
    assertProjectLanguages(src, trg, project);
  }

  const units: XElement[] = [];
  const walk = (el: XElement) => {
    for (const k of elementChildren(el)) {
      if (isX1(k, 'trans-unit')) units.push(k);
      else if (isX1(k, 'group') || isX1(k, 'body') || isX1(k, 'file')) walk(k);
    }
  };
  walk(root);

  const byId = new Map(project.segments.map((s, i) => [s.id, i]));
  const segments: Segment[] = project.segments.slice();
  const changed: XliffChange[] = [];
  const rejected: XliffRejection[] = [];
  let headline: Xliff12ImportResult['headline'];

  // A segment can appear twice (po2xliff: our unit, then the PO's): later units win, each change is listed once.
  const fieldsOf = new Map<string, Set<'target' | 'status'>>();
  const emptied = new Set<string>();
  for (const u of units) {
    if (attr(u, 'restype') === 'x-gettext-domain-header') continue; // the PO header, not a sentence
    const sourceEl = kid(u, 'source');
    if (!attr(u, 'id') || !sourceEl) throw invalid('a <trans-unit> needs an id and a <source>', u.line);
    const tEl = kid(u, 'target');
    const target = text12(tEl);
    const ids = candidateIds(u).map(fromXliffId);
    const segmentId = ids.find((id) => byId.has(id));
    if (segmentId === undefined) {
      if (ids.includes(HEADLINE_UNIT)) headline = { target, status: target ? (attr(u, 'approved') === 'yes' ? 'translated' : 'draft') : 'new' };
      else rejected.push({ segmentId: ids[0], reason: 'unknown-id', detail: `no segment "${ids[0]}" in the project` });
      continue;
    }
    const idx = byId.get(segmentId)!;
    const cur = segments[idx];
    if (text12(sourceEl) !== cur.source) {
      rejected.push({ segmentId, reason: 'source-changed', detail: 'the source text in the file differs from the project' });
      continue;
    }
    // No export digest in 1.2: an empty target never clears ours (po2xliff repeats our unit, empty, before its own).
    if (targetVerdict(target, cur.target, null) === 'empty-target') {
      emptied.add(segmentId);
      continue;
    }
    const status = statusFrom12(tEl ? attr(tEl, 'state') : undefined, target, attr(u, 'approved') === 'yes', cur);
    const fields: XliffChange['fields'] = [];
    if (target !== cur.target) fields.push('target');
    // 1.2 has no state for our "draft without a target": the file saying "new" there is the same thing.
    if (status !== cur.status && !(status === 'new' && cur.status === 'draft' && !cur.target)) fields.push('status');
    if (!fields.length) continue;
    if (cur.locked) {
      rejected.push({ segmentId, reason: 'locked', detail: `the segment is locked; ${fields.join(' and ')} not taken` });
      continue;
    }
    segments[idx] = { ...cur, target, status: fields.includes('status') ? status : cur.status };
    const seen = fieldsOf.get(segmentId) ?? new Set();
    fields.forEach((f) => seen.add(f));
    fieldsOf.set(segmentId, seen);
  }
  for (const segmentId of emptied) {
    if (!fieldsOf.has(segmentId)) rejected.push({ segmentId, reason: 'empty-target', detail: '' });
  }
  // Listed against the project as it was: a segment changed and changed back is no change at all.
  for (const [segmentId, seen] of fieldsOf) {
    const before = project.segments[byId.get(segmentId)!];
    const after = segments[byId.get(segmentId)!];
    const fields = [...seen].filter((f) => before[f] !== after[f]);
    if (fields.length) changed.push({ segmentId, fields });
  }
  const now = (opts.now ?? (() => new Date()))();
  const updated = changed.length ? { ...project, segments, updatedAt: now.toISOString() } : project;
  return { project: updated, changed, rejected, ...(headline ? { headline } : {}) };
}
