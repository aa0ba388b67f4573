// i18n keys chosen at run time by the export feature (format names and hints, format groups, XLIFF rejection
// reasons), listed so the missing-key test sees every one. Every value names its namespace.
import type { ExportFormatName } from '../../../../preload/contract/export';
import { i18nKeys } from '../../lib/i18nKeys';

export const FORMAT_NAME_KEY = i18nKeys({
  docx: 'export:format.docx',
  pdf: 'export:format.pdf',
  html: 'export:format.html',
  md: 'export:format.md',
  txt: 'export:format.txt',
  ninjs: 'export:format.ninjs',
  'bilingual-docx': 'export:format.bilingual-docx',
  'bilingual-html': 'export:format.bilingual-html',
  xliff: 'export:format.xliff',
  xliff12: 'export:format.xliff12',
  tmx: 'export:format.tmx',
  'quotes-csv': 'export:format.quotes-csv',
  'quotes-docx': 'export:format.quotes-docx',
}) satisfies Record<ExportFormatName, string>;

export const FORMAT_HINT_KEY = i18nKeys({
  docx: 'export:formatHint.docx',
  pdf: 'export:formatHint.pdf',
  html: 'export:formatHint.html',
  md: 'export:formatHint.md',
  txt: 'export:formatHint.txt',
  ninjs: 'export:formatHint.ninjs',
  'bilingual-docx': 'export:formatHint.bilingual-docx',
  'bilingual-html': 'export:formatHint.bilingual-html',
  xliff: 'export:formatHint.xliff',
  xliff12: 'export:formatHint.xliff12',
  tmx: 'export:formatHint.tmx',
  'quotes-csv': 'export:formatHint.quotes-csv',
  'quotes-docx': 'export:formatHint.quotes-docx',
}) satisfies Record<ExportFormatName, string>;

export const FORMAT_GROUP_KEY = i18nKeys({
  publish: 'export:group.publish',
  bilingual: 'export:group.bilingual',
  cat: 'export:group.cat',
  quotes: 'export:group.quotes',
});

export const XLIFF_REASON_KEY = i18nKeys({
  'unknown-id': 'export:xliff.reason.unknown-id',
  'source-changed': 'export:xliff.reason.source-changed',
  locked: 'export:xliff.reason.locked',
  'newer-here': 'export:xliff.reason.newer-here',
  conflict: 'export:xliff.reason.conflict',
  'empty-target': 'export:xliff.reason.empty-target',
});
