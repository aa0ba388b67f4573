// Export inputs, options and results shared by every format.
import type { Article } from '../../../preload/contract/common';
import type { Lang } from '../../../preload/contract/define';
import type { ArticleQuotes, TranslationProject } from '../../../preload/contract/models';
import type { ExportWarningInfo } from '../../../preload/contract/export';
import { EXPORT_FORMAT_LIST } from '../../../preload/contract/values';

/** Every export format: the contract's list (preload/contract/values.ts), the one place a format is named. */
export const EXPORT_FORMATS = EXPORT_FORMAT_LIST;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportInput {
  article: Article;
  project?: TranslationProject | null;
  quotes?: ArticleQuotes | null;
}

export interface ExportOptions {
  format: ExportFormat;
  /** Language of the copy to export; defaults to the article's own language (the source). */
  lang?: Lang;
  /** DOCX: quote annotations as Word comments. */
  withAnnotations?: boolean;
  /**
   * Default true: every confirmed target (translated, reviewed, approved) exports. false: approved only.
   * Drafts never export as targets either way (see `unapprovedFallback`).
   */
  includeUnapproved?: boolean;
  /** What stands in for a left-out target: the source sentence (default) or nothing. */
  unapprovedFallback?: 'source' | 'empty';
  /** Bilingual copies: add the pivot column when the project has a pivot. */
  withPivot?: boolean;
  /** Headline to print instead of the article's (e.g. the translated headline: projects segment the body only). */
  title?: string;
  /** e.g. "{date}-{slug}-{lang}.{ext}" (the default). */
  fileNameTemplate?: string;
  /** Clock for {date} and ninjs versionCreated; tests pin it. */
  now?: Date;
}

export type ExportWarningCode = ExportWarningInfo['code'];

export interface ExportWarning {
  code: ExportWarningCode;
  /** Segment ids (translation warnings), quote ids (quote warnings), [] for the title. */
  segmentIds: string[];
}

export interface ExportResult {
  fileName: string;
  mime: string;
  data: Buffer | string;
  warnings: ExportWarning[];
}
