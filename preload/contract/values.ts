// The contract's fixed value lists as plain data (no zod): the contract builds its schemas from them, and the
// renderer imports them from here so its bundle carries no schema library.
export const LANG_VALUES = ['id', 'en', 'ko'] as const;
export const ARTICLE_STATUS_VALUES = ['draft', 'editing', 'in-translation', 'ready', 'exported'] as const;

/** Every export format, defined once: main/core/export (EXPORT_FORMATS), the handlers, the CLI and the renderer use it. */
export const EXPORT_FORMAT_LIST = [
  'docx',
  'pdf',
  'html',
  'md',
  'txt',
  'bilingual-docx',
  'bilingual-html',
  'xliff',
  'xliff12',
  'tmx',
  'ninjs',
  'quotes-csv',
  'quotes-docx',
] as const;

/** Formats that publish the article: only these offer "mark as exported" (status + an export revision). */
export const PUBLISHING_FORMATS = ['docx', 'pdf', 'html', 'md', 'txt', 'ninjs'] as const;

/** What a format needs besides the article (null: nothing). */
export const FORMAT_NEEDS: Record<(typeof EXPORT_FORMAT_LIST)[number], 'project' | 'quotes' | null> = {
  docx: null,
  pdf: null,
  html: null,
  md: null,
  txt: null,
  'bilingual-docx': 'project',
  'bilingual-html': 'project',
  xliff: 'project',
  xliff12: 'project',
  tmx: 'project',
  ninjs: null,
  'quotes-csv': 'quotes',
  'quotes-docx': 'quotes',
};

/** TM match bands in display order, best first (main/core/analysis). Iterate this, not Object.keys(bands): JS lists
 *  the integer-like keys '100'/'101' first. */
export const BANDS_OUT = ['101', 'repetitions', '100', '95-99', '85-94', '70-84', 'new'] as const;
