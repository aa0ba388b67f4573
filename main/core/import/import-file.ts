// importFile: one file's bytes → an import result; the extension picks the converter, limits apply first.
import { extname, basename } from 'node:path';
import { AppError } from '../errors';
import { decodeText } from './decode';
import { docxToHtml, htmlToArticleHtml, markdownToHtml, textToHtml, type Converted } from './formats';
import { finishImport } from './finish';
import { checkBytes, checkChars } from './limits';
import type { ImportFormat, ImportOptions, ImportResult } from './types';

const FORMATS: Record<string, ImportFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

export function formatOf(name: string): ImportFormat {
  const ext = extname(name).toLowerCase();
  const f = FORMATS[ext];
  if (!f) {
    throw new AppError('import.unsupported', `Cannot import "${ext || name}" files; use .txt, .md, .html or .docx.`, {
      ext: ext || name,
      supported: '.txt, .md, .html, .docx',
    });
  }
  return f;
}

/** `name` is only used for its extension and as a last-resort title; nothing is read from disk here. */
export async function importFile(name: string, bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  const format = formatOf(name);
  checkBytes(bytes.byteLength);
  let conv: Converted;
  if (format === 'docx') {
    conv = await docxToHtml(bytes);
  } else {
    const decoded = decodeText(bytes);
    checkChars(decoded.text.length);
    conv = format === 'txt' ? textToHtml(decoded.text) : format === 'md' ? markdownToHtml(decoded.text) : htmlToArticleHtml(decoded.text);
    conv.warnings.unshift(...decoded.warnings);
  }
  const fallback = basename(name, extname(name)).replace(/[-_]+/g, ' ').trim();
  return finishImport(conv, format, opts, fallback);
}
