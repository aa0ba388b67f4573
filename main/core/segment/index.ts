// Public API of sentence segmentation (id, en, ko). Pure functions, no Node APIs: usable from main and renderer.
//
//   segmentText(text: string, lang: 'id' | 'en' | 'ko' | string): Sentence[]
//       Sentences in reading order; {text, start, end} with text === input.slice(start, end) (UTF-16 offsets),
//       trimmed of white space. A "\n" always ends a segment. Throws AppError 'segment.badLang' for other langs.
//   segmentParagraphs(text, lang): ParagraphSentence[]   same, plus `paragraph` (index of the non-empty line).
//   rulesFor(lang) / compileRules(rawJson)               the compiled SRX-style rules (resources/segment-rules).
//
// How a break is decided: Intl.Segmenter (granularity 'sentence') proposes breaks; at each one the language's
// rules are tried in order (abbreviations first, then the file's rules: initials, numbers, dates, Korean
// quotative particles …) and the first match decides; then quoted passages followed by their attribution are
// kept whole — “Kami siap. Kami akan menang,” kata Budi. is ONE segment, because the attribution belongs to
// the whole passage (Korean wraps it: “…. ….”라고 말했다). A quote not followed by an attribution
// (“Kami siap. Kami menang.” Lalu …) breaks normally inside.
export { segmentText, segmentParagraphs, sentenceBreaks, type Sentence, type ParagraphSentence } from './segmenter';
export { rulesFor, compileRules, isSegmentLang, SEGMENT_LANGS, type CompiledRules } from './rules';
export type { SegmentRules, SegmentRule } from './rules-schema';
