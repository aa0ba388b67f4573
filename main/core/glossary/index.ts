// Glossary public API: term matching, CSV/TBX exchange, the starter glossary and the persisted GlossaryRepo.
//
// For IPC handlers and views (all data is plain JSON; GlossaryEntry is in preload/contract/models.ts):
//   findTerms(text, lang, entries): TermHit[]              hits left to right: {entryId, start, end, term, translations:{id,en,ko}}
//   findForbidden(text, lang, entries): ForbiddenMatch[]   forbidden variants used in a text (+ variant, translations)
//   entryOccursIn(text, lang, entry): boolean
//   fromCsv(text): GlossaryEntry[]  /  toCsv(entries): string          header id,en,ko,forbidden_id,forbidden_en,forbidden_ko,note
//   fromTbx(xml): {entries, skipped}  /  toTbx(entries, title?): string    TBX-Basic (v3 core); TBX v2 martif read too
//   toTbx2008(entries, title?): string                   TBX-Basic 2008 <martif> (OmegaT, translate-toolkit read it)
//   fromOmegaT(text, from, to) / toOmegaT(entries, from, to)   OmegaT tab-separated glossary, one language pair
//   starterGlossary(): GlossaryEntry[]
//   new GlossaryRepo(store, seed?)   list() get(id) add(input) update(id, patch) remove(id)
//                                    importCsv(text, mode?) importTbx(xml, mode?) → {added, updated, skipped, total}
//                                    importOmegaT(text, from, to, mode?)
//                                    exportCsv() exportTbx('2008'|'2019' = '2008') exportOmegaT(from, to) find(text, lang) resetToStarter()
// Errors (AppError codes, texts in resources/locales/*/errors-glossary.json): glossary.csvMalformed {line, reason},
// glossary.tbxMalformed {reason, line}, glossary.tbxNotTbx, glossary.entryEmpty {id}, glossary.notFound {id},
// glossary.duplicateId {id}, glossary.omegatMalformed {line}.
//
// Matching rules: case-insensitive on word boundaries, except acronyms (≤5 capitals: BI, DPR) which match exactly;
// longest term wins; Indonesian allows a -nya suffix, English a plural -s/-es, Korean matches a Hangul term as a
// substring followed by particles (한국은, 한국의, 대사관에서는) but not by other syllables (대사 ≠ 대사관).
// Entry ids are derived from the first term (Jateng → "jateng") so re-importing a CSV updates instead of duplicating.
export { findTerms, findForbidden, entryOccursIn, preferred, type TermHit, type ForbiddenMatch } from './match';
export { fromCsv, toCsv, parseCsv, CSV_COLUMNS, VARIANT_SEPARATOR } from './csv';
export { fromTbx, toTbx, type TbxImport } from './tbx';
export { toTbx2008 } from './tbx2008';
export { fromOmegaT, toOmegaT } from './omegat';
export { cleanEntry, deriveId, mergeEntries, LANGS, type GlossaryEntryInput, type MergeResult } from './entry';
export { starterGlossary } from './starter';
export { GlossaryRepo, GLOSSARY_FILE, type ImportMode, type ImportResult } from './repo';
export { compileTerms, isAcronym, type TermSpec, type TermOccurrence } from './term-regex';
