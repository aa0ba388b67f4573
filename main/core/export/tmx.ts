// TMX of a translation project: its segment pairs as TM units, serialised by the TM area's buildTmx.
import type { TranslationProject } from '../../../preload/contract/models';
import type { TmUnit } from '../tm/types';
import { parseProvenance, provenanceOf } from '../translate/provenance';
import type { ExportOptions } from './types';
import { usableTarget } from './content';

/** ISO 8601 to the second, as TMX keeps it. */
const tmxTime = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * One unit per confirmed segment (translated, reviewed, approved: drafts and unconfirmed MT never);
 * includeUnapproved=false keeps approved targets only.
 */
export function projectTmUnits(project: TranslationProject, options: Pick<ExportOptions, 'includeUnapproved'>): TmUnit[] {
  const segs = project.segments;
  const units: TmUnit[] = [];
  segs.forEach((s, i) => {
    if (!usableTarget(s, options)) return;
    // x-origin says where the target came from ('mt:ENGINE' stays visible even once confirmed unedited).
    const origin = provenanceOf(s) || 'human';
    const p = parseProvenance(origin);
    units.push({
      id: `${project.id}-${s.id}`,
      source: s.source,
      target: s.target,
      sourceLang: project.sourceLang,
      targetLang: project.targetLang,
      prev: i > 0 ? segs[i - 1].source : '',
      next: i + 1 < segs.length ? segs[i + 1].source : '',
      createdAt: tmxTime(project.createdAt),
      changedAt: tmxTime(project.updatedAt),
      origin,
      ...(p?.kind === 'mt' && p.detail ? { creationTool: `Redaksi MT (${p.detail})` } : {}),
    });
  });
  return units;
}
