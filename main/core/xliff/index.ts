// XLIFF 2.1 and 1.2 for translation projects: export, import (take back targets/states) and a 2.x validator.
//
// Public API (plain functions over plain data; a thin IPC handler can call them directly):
//   exportXliff(project: TranslationProject, opts?: { articleTitle?: string }): string
//   importXliff(xml: string, project: TranslationProject, opts?: { now?: () => Date }): XliffImportResult
//       → { project, changed: [{ segmentId, fields: ('target'|'status')[] }], rejected: [{ segmentId, reason, detail }] }
//       throws AppError 'xliff.invalid' (with params.reason, params.line) or 'xliff.languageMismatch'
//   validateXliff(xml: string): { valid: true } | { valid: false; rule: string; reason: string; line?: number }
//       reason starts with "[rule]" and names the element, its id and the enclosing file/unit.
//   exportXliff12(project, { articleTitle?, headlineTarget?, quotes? }): string   XLIFF 1.2 (OmegaT, translate-toolkit)
//   importXliff detects the version: a 1.x file goes to importXliff12 (result also carries `headline`).
export { exportXliff, type ExportOptions } from './export';
export { importXliff, xliffMajorVersion, type XliffImportResult, type XliffChange, type XliffRejection, type ImportOptions } from './import';
export { validateXliff, type XliffValidation } from './validate/index';
export { toXliffId, fromXliffId } from './ids';
export { xliffProjectId } from './project-id';
export { exportXliff12, projectHoldsHeadline, HEADLINE_UNIT, STATE12_OF, type Xliff12Options } from './xliff12-export';
export { importXliff12, statusFrom12, type Xliff12ImportResult } from './xliff12-import';
