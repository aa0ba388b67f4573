// importXliff: takes back targets and states that another CAT tool changed in a file we exported.
// Segments are matched by segment id (unit id as fallback); nothing but target, status and the target's origin
// (human edit, or our own origin meta coming back) ever changes,
// and anything doubtful (unknown id, changed source, locked segment, a target changed in the project since the
// export or emptied in the file: target-merge.ts) is reported instead of applied.
import type { Segment, SegmentStatus, TranslationProject } from '../../../preload/contract/models';
import type { XliffRejectReason } from '../../../preload/contract/export';
import { AppError } from '../errors';
import { MDA, XLF } from './ns';
import { assertProjectLanguages } from './languages';
import { fromXliffId, statusFromState, STATE_OF, type XliffState } from './ids';
import { META_CATEGORY } from './export';
import { attr, elementChildren, parseXml, type XElement } from './xml';
import { tooDeep } from './too-deep';
import { validateXliff } from './validate/index';
import { afterHumanEdit, parseProvenance } from '../translate/provenance';
import { importXliff12 } from './xliff12-import';
import { targetVerdict } from './target-merge';

export interface XliffChange {
  segmentId: string;
  fields: ('target' | 'status')[];
}
export interface XliffRejection {
  segmentId: string;
  reason: XliffRejectReason;
  detail: string;
}
export interface XliffImportResult {
  project: TranslationProject;
  changed: XliffChange[];
  rejected: XliffRejection[];
  /** XLIFF 1.2 only: the headline unit's target, when the project holds no headline segment to put it in. */
  headline?: { target: string; status: SegmentStatus };
}
export interface ImportOptions {
  /** Clock for updatedAt (tests pass a fixed one). */
  now?: () => Date;
}

const STATUSES: SegmentStatus[] = ['new', 'draft', 'translated', 'reviewed', 'approved'];

/** Plain text of a <source>/<target>: text and <cp> characters; inline codes carry no text of their own. */
export function inlineText(el: XElement): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += c.value;
    else if (c.ns !== XLF) continue;
    else if (c.local === 'cp') out += String.fromCodePoint(parseInt(attr(c, 'hex') ?? '0', 16));
    else if (c.local === 'pc' || c.local === 'mrk') out += inlineText(c);
  }
  return out;
}

function kids(el: XElement, local: string, ns = XLF): XElement[] {
  return elementChildren(el).filter((k) => k.ns === ns && k.local === local);
}

/** One of our own mda meta values on the unit ('status', 'origin'), if present. */
function metaValue(unit: XElement, type: string): string | null {
  for (const md of kids(unit, 'metadata', MDA))
    for (const g of kids(md, 'metaGroup', MDA)) {
      if (attr(g, 'category') !== META_CATEGORY) continue;
      for (const m of kids(g, 'meta', MDA)) {
        if (attr(m, 'type') === type) return m.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      }
    }
  return null;
}

function metaStatus(unit: XElement): SegmentStatus | null {
  const v = metaValue(unit, 'status');
  return v !== null && (STATUSES as string[]).includes(v) ? (v as SegmentStatus) : null;
}

const ORIGIN_OF = { human: 'human', tm: 'tm', mt: 'mt', 'mt-edited': 'human', none: 'none' } as const;

/**
 * Provenance of an imported target: unchanged text keeps ours; a target filled into an empty segment takes the
 * file's origin meta (our own export coming back); any other change is a human edit (of MT: 'mt-edited').
 */
function importedOrigin(cur: Segment, target: string, fileOrigin: string | null): Pick<Segment, 'origin' | 'provenance'> {
  if (!target) return { origin: 'none', provenance: undefined };
  if (target === cur.target) return { origin: cur.origin, provenance: cur.provenance };
  const p = !cur.target.trim() ? parseProvenance(fileOrigin ?? undefined) : null;
  const tag = p ? fileOrigin! : afterHumanEdit(cur);
  return { origin: ORIGIN_OF[parseProvenance(tag)!.kind], provenance: tag };
}


/** "1.2" (or 1.0/1.1) when the root <xliff> says so; XLIFF 1.x and 2.x differ in namespace and shape. */
export function xliffMajorVersion(xml: string): 1 | 2 {
  const root = /<(?:[A-Za-z_][\w.-]*:)?xliff\b[^>]*>/.exec(xml)?.[0] ?? '';
  return /\bversion\s*=\s*["']1\.\d["']/.test(root) && !root.includes(XLF) ? 1 : 2;
}

/** Imports XLIFF 2.x, or hands an XLIFF 1.x file to importXliff12 (same result shape, plus `headline`). */
export function importXliff(xml: string, project: TranslationProject, opts: ImportOptions = {}): XliffImportResult {
  if (xliffMajorVersion(xml) === 1) return importXliff12(xml, project, opts);
  const v = validateXliff(xml);
  if (!v.valid && v.rule === 'depth') throw tooDeep(v.line ?? 0);
  if (!v.valid) throw new AppError('xliff.invalid', `The XLIFF file is not valid: ${v.reason}`, { reason: v.reason, line: v.line ?? 0 });
  const root = parseXml(xml);
  const src = attr(root, 'srcLang') ?? '';
  const trg = attr(root, 'trgLang') ?? project.targetLang;
  assertProjectLanguages(src, trg, project);

  const byId = new Map(project.segments.map((s, i) => [s.id, i]));
  const segments: Segment[] = project.segments.slice();
  const changed: XliffChange[] = [];
  const rejected: XliffRejection[] = [];

  const units: XElement[] = [];
  const walk = (el: XElement) => {
    for (const k of elementChildren(el)) {
      if (k.ns !== XLF) continue;
      if (k.local === 'unit') units.push(k);
      else if (k.local === 'group' || k.local === 'file') walk(k);
    }
  };
  walk(root);

  for (const unit of units) {
    for (const seg of kids(unit, 'segment')) {
      const xid = attr(seg, 'id') ?? attr(unit, 'id') ?? '';
      const segmentId = fromXliffId(xid);
      const idx = byId.get(segmentId);
      if (idx === undefined) {
        rejected.push({ segmentId, reason: 'unknown-id', detail: `no segment "${segmentId}" in the project` });
        continue;
      }
      const cur = segments[idx];
      const source = inlineText(kids(seg, 'source')[0]);
      if (source !== cur.source) {
        rejected.push({ segmentId, reason: 'source-changed', detail: 'the source text in the file differs from the project' });
        continue;
      }
      const tEl = kids(seg, 'target')[0];
      const target = tEl ? inlineText(tEl) : '';
      const verdict = targetVerdict(target, cur.target, metaValue(unit, 'exportedTarget'));
      if (verdict !== 'take') {
        // The detail is the file's text, so the editor can compare it with the translation that was kept.
        rejected.push({ segmentId, reason: verdict, detail: target });
        continue;
      }
      const state = (attr(seg, 'state') ?? 'initial') as XliffState;
      // Keep our finer status when the other tool left the state alone; otherwise the state decides.
      const ours = metaStatus(unit);
      const status = ours && STATE_OF[ours] === state && (ours !== 'new' || !target) ? ours : statusFromState(state, target !== '');
      const fields: XliffChange['fields'] = [];
      if (target !== cur.target) fields.push('target');
      if (status !== cur.status) fields.push('status');
      if (!fields.length) continue;
      if (cur.locked) {
        rejected.push({ segmentId, reason: 'locked', detail: `the segment is locked; ${fields.join(' and ')} not taken` });
        continue;
      }
      const { provenance, ...rest } = { ...cur, target, status, ...importedOrigin(cur, target, metaValue(unit, 'origin')) };
      segments[idx] = provenance ? { ...rest, provenance } : rest;
      changed.push({ segmentId, fields });
    }
  }
  const now = (opts.now ?? (() => new Date()))();
  const updated = changed.length ? { ...project, segments, updatedAt: now.toISOString() } : project;
  return { project: updated, changed, rejected };
}
