// Draft import: files (.txt .md .html .docx) and pasted content → sanitised article HTML + title/dateline/lang.
//
// Public API (plain data in, plain data out; an IPC handler passes bytes/strings straight through):
//   importFile(name: string, bytes: Uint8Array, opts?: { lang?: Lang }): Promise<ImportResult>
//   importPaste(input: string | { html?: string; text?: string }, opts?: { lang?: Lang }): ImportResult
//   loadSample(): Promise<ImportResult>          sampleArticlePath(): string
//   formatOf(name): ImportFormat                 SUPPORTED_EXTENSIONS, MAX_BYTES, MAX_CHARS
//   sanitiseArticleHtml(html): string            (the one allow-list; reuse it for any HTML entering a body)
// ImportResult = { title, body, lang, langConfidence, dateline: {outlet, place}, byline, format, warnings[] }
// Failures throw AppError (nothing is created): import.empty, import.tooLarge, import.textTooLong,
// import.unsupported, import.docxNotZip, import.docxCorrupt, import.noText. Warnings (import.notUtf8,
// import.imagesDropped) are {code, message, params}, translated from the same "errors." namespace.
// To make a draft: repo.create({ title, lang, dateline, byline, body }) — it records revision 1 ('import').
//
// Related article APIs (main/core/articles): parseDateline (dateline.ts), countText (counts.ts),
// SearchIndex / repo.search (search.ts), RevisionLog + repo.saveWithRevision / listRevisions / getRevision /
// restoreRevision / duplicate / diffRevisions / markRevision (revisions.ts, repo.ts), diffText (diff.ts).
export { importFile, formatOf, SUPPORTED_EXTENSIONS } from './import-file';
export { importPaste, type PasteInput } from './paste';
export { loadSample, sampleArticlePath, SAMPLE_FILE } from './sample';
export { sanitiseArticleHtml } from './sanitize';
export { MAX_BYTES, MAX_CHARS } from './limits';
export type { ImportResult, ImportOptions, ImportWarning, ImportFormat } from './types';
