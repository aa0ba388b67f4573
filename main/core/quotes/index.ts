// Quotes: detection of direct quotes and reported speech (id/en/ko), speaker registry, anchoring, editor operations.
//
// Public API (all pure functions over plain data unless noted; a thin IPC handler can call each directly):
//   annotate(text: string, lang: Lang, articleId?: string): ArticleQuotes
//       Detects quotes; each becomes a QuoteAnnotation with status 'suggested'. Offsets are UTF-16 offsets into `text`
//       (for an article, the plain text from htmlToPlainText(article.body)).
//   detect(text: string, lang: Lang): DetectionResult            the raw detections ({kind,start,end,text,cue,speaker,confidence})
//   reanchor(annotations: QuoteAnnotation[], oldText: string, newText: string): QuoteAnnotation[]
//       Re-finds every anchor after an edit; edits inside a quote set needsReview; never drops an annotation.
//   mergeDetections(existing: ArticleQuotes, fresh: ArticleQuotes): ArticleQuotes
//       Re-run detection without losing the editor's decisions (status, speaker, verification, source note, comments).
//   redetectChanged(q, text, lang, changedRange(oldText, text)): ArticleQuotes
//       After an edit: detection on the changed paragraphs only, merged there; every decision elsewhere untouched.
//   setStatus(q, quoteId, 'suggested'|'confirmed'|'rejected'): ArticleQuotes
//   setSpeaker(q, quoteId, {speakerId: string|null} | {name, role?}): ArticleQuotes   (creates a speaker for a new name;
//       a suggestion becomes 'confirmed', since picking the speaker is an editor's decision)
//   setVerification(q, quoteId, 'unverified'|'verified'|'disputed', sourceNote?): ArticleQuotes
//   addComment(q, quoteId, text, at?): ArticleQuotes
//   quoteSheet(q, {includeRejected?}): QuoteRow[]   rows {quote, cue, polarity, speaker, role, status, verification, source}
//   new QuoteRepo(store: DataStore): get(articleId): Promise<ArticleQuotes|null>, save(q): Promise<void>
//       file quotes/<articleId>.json = {schema: 1, data}
// Errors (AppError codes, texts in resources/locales/*/errors-quotes.json): quotes.badLang, quotes.notFound,
//   quotes.speakerNotFound, quotes.emptySpeaker, quotes.badStatus, quotes.badVerification, quotes.sourceNoteTooLong,
//   quotes.emptyComment, quotes.commentTooLong, quotes.badArticleId, quotes.invalid, quotes.unreadableFile.
export { annotate, detect, assertLang } from './annotate';
export type { Detection, DetectionResult } from './detect';
export { reanchor, makeAnchor } from './anchor';
export { mergeDetections, isEdited } from './merge';
export { redetectChanged, changedRange } from './redetect';
export { setStatus, setSpeaker, setVerification, addComment, quoteSheet, type QuoteRow } from './ops';
export { QuoteRepo, quotesFile } from './repo';
