// Public API of translation projects: pure operations over TranslationProject plus the on-disk ProjectRepo.
//
// Every operation returns a NEW project (the input is never mutated; unchanged → the same object) and throws
// AppError with an 'translate.*' code a UI can show. Types come from preload/contract/models.ts.
//
//   createProject({articleId, text, title?, sourceLang, targetLang, pivotLang}): TranslationProject
//       segment 0 = the headline (headline: true) when a title is given, then one 'new' segment per sentence
//   headlineOf(p): Segment | null · bodySegments(p) · syncHeadline(p, title): {project, change}
//   setTarget(p, segId, text, origin = 'human', provenance?): p   edit → 'draft'; empty text → 'new'
//   provenanceOf(seg): 'human' | 'tm:<score>' | 'mt:<engine>' | 'mt-edited:<engine>' | ''
//   confirm(p, segId): p                                → 'translated' (reviewed/approved kept), confirmedSource := source
//   setStatus(p, segId, status): p                      'approved' only from translated/reviewed
//   setPivot(p, segId, text) · setNote(p, segId, note) · toggleLock(p, segId)
//   ignoreQa(p, segId, code) · unignoreQa(p, segId, code)
//   splitSegment(p, segId, atOffset) · joinSegments(p, segId)     (join = with the next segment, same paragraph)
//   resyncSource(p, newArticleText, lang = p.sourceLang): p        re-segment an edited article, keep targets
//   resyncWithReport(p, text, lang): {project, report: {kept, changed, added, removed}}
//   sourceChanged(seg): boolean · sourceDiff(seg): {op: 'equal'|'insert'|'delete', text}[]
//   progress(p): {unit: 'words'|'characters', total, byStatus, segments, done, percent}
//   getSegment(p, segId): Segment
//   sourceHash(source): string · assertSuggestionFor(seg, hash)   suggestions are bound to segment id + source hash
//
//   new ProjectRepo(store: DataStore)
//     create(input): Promise<TranslationProject>   (translate.projectExists if the article has that target already)
//     get(id) · save(project) · listForArticle(articleId) · delete(id) · rebuildIndex()
export { createProject, checkLanguages, type CreateProjectInput } from './create';
export { setTarget, confirm, setStatus, setPivot, setNote, toggleLock, ignoreQa, unignoreQa, type TargetOrigin } from './ops';
export { splitSegment, joinSegments } from './split-join';
export { resyncSource, resyncWithReport, RESYNC_MIN_SIMILARITY, type ResyncReport } from './resync';
export { sourceChanged, sourceDiff, type DiffPart } from './source-diff';
export { progress, sourceVolume, type Progress } from './progress';
export { headlineOf, bodySegments, syncHeadline, headlineText, type HeadlineChange } from './headline';
export { getSegment, sourceHash, assertSuggestionFor } from './segments';
export { provenanceOf, parseProvenance, formatProvenance, isUneditedMt, afterHumanEdit, tmProvenance, mtProvenance, type Provenance } from './provenance';
export { similarity } from './similarity';
export { ProjectRepo, projectFile } from './repo';
export { createProjectForArticle } from './for-article';
export { tmInputsFor } from './tm-feed';
