// Analysis public API: word/segment/character counts per TM match band for a document's segments.
//
// For IPC handlers and views:
//   analyse(segments: {id, source}[], lookup: (sourceText, {segmentId, index, prev, next}) => score | Promise<score>,
//           options?: {sourceLang?}): Promise<Analysis>
//     Analysis = {sourceLang, bands: Record<Band, {segments, words, characters}>, total, segments: [{segmentId, band, score, words}]}
//     Band ∈ BANDS = ['101', 'repetitions', '100', '95-99', '85-94', '70-84', 'new'] (display order); below 70 = new.
//     Priority as in memoQ/Trados: 101 (in-context) > repetition (source seen earlier in the document) > TM band.
//   bandOf(score), countWords(text, lang), countChars(text)
// Korean sources count words as whitespace-separated eojeol (한국은 = one word); id/en count runs of
// letters/digits ("K-Wave", "1.234,5" = one word each). Throws AppError analysis.lookupFailed {segmentId, message}.
export { analyse, bandOf, BANDS, type Band, type BandCount, type Analysis, type AnalyseOptions, type Lookup, type LookupContext, type SegmentBand } from './analyse';
export { countWords, countChars } from './words';
