// QA findings: the codes, their severities and the input runQa takes.
import type { GlossaryEntry, QuoteAnnotation, Segment, Speaker } from '../../../preload/contract/models';
import type { Lang } from '../../../preload/contract/define';
import type { QaFindingOut } from '../../../preload/contract/translate';

export const QA_CODES = [
  'emptyTarget',
  'targetEqualsSource',
  'numberMissing',
  'dateMissing',
  'unbalancedQuotes',
  'glossaryTermMissing',
  'forbiddenTerm',
  'speakerSpelling',
  'quoteMissing',
  'lengthRatio',
  'doubleSpace',
  'endPunctuation',
] as const;
export type QaCode = (typeof QA_CODES)[number];
export type QaSeverity = QaFindingOut['severity'];

/**
 * Errors change what the story says (a lost number, date, quote or a misspelt name, a banned term);
 * warnings are style or likely slips a reviewer should look at.
 */
export const QA_SEVERITY: Record<QaCode, QaSeverity> = {
  emptyTarget: 'error',
  targetEqualsSource: 'warning',
  numberMissing: 'error',
  dateMissing: 'error',
  unbalancedQuotes: 'warning',
  glossaryTermMissing: 'warning',
  forbiddenTerm: 'error',
  speakerSpelling: 'error',
  quoteMissing: 'error',
  lengthRatio: 'warning',
  doubleSpace: 'warning',
  endPunctuation: 'warning',
};

/** The contract's finding with its code narrowed to the checks that exist (params fill the message key qa:<code>). */
export type QaFinding = QaFindingOut & { code: QaCode };

export type SegmentInput = Pick<Segment, 'id' | 'source' | 'target'> & Partial<Pick<Segment, 'ignoredQa'>>;

export interface QaInput {
  segments: SegmentInput[];
  sourceLang: Lang;
  targetLang: Lang;
  glossary?: readonly GlossaryEntry[];
  speakers?: readonly Speaker[];
  /** Quote annotations per segment id; a segment not listed falls back to "the source has quote marks". */
  quotesBySegment?: Record<string, readonly QuoteAnnotation[]>;
  /** Only run these checks (default: all). */
  only?: readonly QaCode[];
}

/** What one check sees for one segment; it returns findings without segmentId/severity (runQa adds them). */
export interface CheckContext {
  segment: SegmentInput;
  source: string;
  target: string;
  input: QaInput;
}
export type RawFinding = { code: QaCode; params?: Record<string, string | number>; range?: { start: number; end: number } };
export type Check = (ctx: CheckContext) => RawFinding[];
