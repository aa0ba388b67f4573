// importPaste: clipboard content (HTML preferred, else plain text) → an import result, same rules as files.
import { htmlToArticleHtml, textToHtml } from './formats';
import { finishImport } from './finish';
import { checkBytes, checkChars } from './limits';
import type { ImportOptions, ImportResult } from './types';

export interface PasteInput {
  html?: string;
  text?: string;
}

const LOOKS_LIKE_HTML = /<(?:p|div|br|h[1-6]|ul|ol|li|b|i|strong|em|a|span|table|blockquote|html|body)\b[^>]*>/i;

/** A string is treated as HTML when it contains HTML tags; an object says which it is. */
export function importPaste(input: string | PasteInput, opts: ImportOptions = {}): ImportResult {
  const p: PasteInput = typeof input === 'string' ? (LOOKS_LIKE_HTML.test(input) ? { html: input } : { text: input }) : input;
  const content = p.html?.trim() ? p.html : (p.text ?? '');
  checkBytes(Buffer.byteLength(content, 'utf8'));
  checkChars(content.length);
  const conv = p.html?.trim() ? htmlToArticleHtml(p.html) : textToHtml(content);
  return finishImport(conv, 'paste', opts);
}
