// Per-segment edits: target, confirm, status, pivot, lock, note, ignored QA codes. Each returns a new project.
import type { Segment, SegmentStatus, TranslationProject } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { assertUnlocked, CONFIRMED, updateSegment } from './segments';
import { sourceChanged } from './source-diff';
import { afterHumanEdit } from './provenance';

export type TargetOrigin = 'human' | 'tm' | 'mt';

/**
 * Sets the target text. Any edit makes the segment a 'draft' again (even an approved one: changed words need a new
 * confirmation); clearing the target makes it 'new'. confirmedSource is left alone so "source changed" survives
 * until the translator confirms.
 */
export function setTarget(
  project: TranslationProject,
  segId: string,
  text: string,
  origin: TargetOrigin = 'human',
  /** e.g. 'tm:87' or 'mt:opus-id-ko'; by default a human edit of MT becomes 'mt-edited:<engine>' (provenance.ts). */
  provenance?: string,
): TranslationProject {
  return updateSegment(project, segId, (s) => {
    assertUnlocked(s);
    // The same words again (autosave, re-insert) change nothing: an unedited MT draft must not turn "edited".
    if (s.target === text && (s.origin === origin || provenance === undefined) && (provenance === undefined || provenance === s.provenance)) return s;
    if (!text.trim()) {
      const { provenance: _dropped, ...rest } = s;
      return { ...rest, target: '', origin: 'none', status: 'new' };
    }
    const tag = provenance ?? (origin === 'human' ? afterHumanEdit(s) : origin);
    return { ...s, target: text, origin, provenance: tag, status: 'draft' };
  });
}

/**
 * The translator stands behind the target: 'new'/'draft' (or a segment whose source changed) becomes 'translated';
 * a reviewed or approved segment keeps its status. Records the source it was confirmed against.
 */
export function confirm(project: TranslationProject, segId: string): TranslationProject {
  return updateSegment(project, segId, (s) => {
    requireTarget(s);
    const status: SegmentStatus = CONFIRMED.has(s.status) && !sourceChanged(s) ? s.status : 'translated';
    if (status === s.status && s.confirmedSource === s.source) return s;
    return { ...s, status, confirmedSource: s.source };
  });
}

/**
 * Any status can be set by hand, except that 'approved' needs a segment already 'translated' or 'reviewed'.
 * translated/reviewed/approved need a target and count as a confirmation (confirmedSource := source).
 */
export function setStatus(project: TranslationProject, segId: string, status: SegmentStatus): TranslationProject {
  return updateSegment(project, segId, (s) => {
    if (s.status === status) return s;
    if (status === 'approved' && s.status !== 'translated' && s.status !== 'reviewed') {
      throw new AppError('translate.badTransition', `A segment can be approved only once translated or reviewed (it is ${s.status}).`, {
        from: s.status,
        to: status,
      });
    }
    if (CONFIRMED.has(status)) {
      requireTarget(s);
      return { ...s, status, confirmedSource: s.source };
    }
    return { ...s, status };
  });
}

/** Pivot text (e.g. the English of an id → en → ko project): reference for the translator, editable even when locked. */
export function setPivot(project: TranslationProject, segId: string, text: string): TranslationProject {
  if (project.pivotLang === null) {
    throw new AppError('translate.noPivot', 'This project has no pivot language.', {});
  }
  return updateSegment(project, segId, (s) => (s.pivot === text ? s : { ...s, pivot: text }));
}

/** A locked segment refuses text edits, splits and joins; status, pivot, notes and QA choices stay editable. */
export function toggleLock(project: TranslationProject, segId: string): TranslationProject {
  return updateSegment(project, segId, (s) => ({ ...s, locked: !s.locked }));
}

export function setNote(project: TranslationProject, segId: string, note: string): TranslationProject {
  return updateSegment(project, segId, (s) => (s.note === note ? s : { ...s, note }));
}

/** The translator decided QA finding `code` does not apply to this segment. */
export function ignoreQa(project: TranslationProject, segId: string, code: string): TranslationProject {
  return updateSegment(project, segId, (s) => (s.ignoredQa.includes(code) ? s : { ...s, ignoredQa: [...s.ignoredQa, code] }));
}

export function unignoreQa(project: TranslationProject, segId: string, code: string): TranslationProject {
  return updateSegment(project, segId, (s) =>
    s.ignoredQa.includes(code) ? { ...s, ignoredQa: s.ignoredQa.filter((c) => c !== code) } : s,
  );
}

function requireTarget(s: Segment): void {
  if (!s.target.trim()) {
    throw new AppError('translate.emptyTarget', `Segment ${s.id} has no translation to confirm.`, { segId: s.id });
  }
}
