// Shapes returned by the importers: what a new draft is made of, plus warnings the UI can translate.
import type { CodedMessage, Lang } from '../../../preload/contract/define';
import type { Dateline } from '../../../preload/contract/common';

export type ImportFormat = 'txt' | 'md' | 'html' | 'docx' | 'paste';

/** A non-fatal note about the import; `code` is an i18n key under "errors." (see errors-import.json). */
export type ImportWarning = CodedMessage;

export interface ImportResult {
  title: string;
  /** Sanitised HTML: p, h1-h3, ul/ol/li, strong, em, a[href http(s)/mailto], blockquote, br. */
  body: string;
  lang: Lang;
  /** 0..1 from detectLanguage; 1 when the caller forced the language. */
  langConfidence: number;
  dateline: Dateline;
  byline: string;
  format: ImportFormat;
  warnings: ImportWarning[];
}

export interface ImportOptions {
  /** Force the language instead of detecting it. */
  lang?: Lang;
}

export function warning(code: string, message: string, params: Record<string, string | number> = {}): ImportWarning {
  return { code, message, params };
}
