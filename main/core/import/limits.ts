// Size limits for imports: checked before any parsing so a huge file costs nothing but a stat.
import { AppError } from '../errors';

/** Raw bytes of one file (a 20 MB .docx is already a very long article with pictures). */
export const MAX_BYTES = 20 * 1024 * 1024;
/** Characters of text after conversion: ~300,000 words, far beyond any news piece. */
export const MAX_CHARS = 2_000_000;

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

export function checkBytes(size: number): void {
  if (size === 0) throw new AppError('import.empty', 'The file is empty (0 bytes).');
  if (size > MAX_BYTES) {
    throw new AppError('import.tooLarge', `The file is ${mb(size)}; the limit is ${mb(MAX_BYTES)}.`, {
      size: mb(size),
      limit: mb(MAX_BYTES),
    });
  }
}

export function checkChars(length: number): void {
  if (length > MAX_CHARS) {
    throw new AppError(
      'import.textTooLong',
      `The text has ${length} characters; the limit is ${MAX_CHARS}.`,
      { length, limit: MAX_CHARS },
    );
  }
}

/** Element nesting depth: real pages nest a few dozen levels; thousands only come from hostile input. */
export const MAX_DEPTH = 512;
/** Elements in one document: a 5 MB article body has ~250,000. */
export const MAX_ELEMENTS = 600_000;

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);

/**
 * One linear pass over the tags, before any parser or sanitiser runs: refuses hostile nesting and element
 * floods with a message naming the limit (the sanitiser and block repair would otherwise take minutes).
 */
export function checkHtmlShape(html: string): void {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2].toLowerCase();
    if (m[1]) {
      if (depth > 0) depth--;
      continue;
    }
    elements++;
    if (VOID.has(name) || m[3]) continue;
    if (++depth > deepest) deepest = depth;
    if (deepest > MAX_DEPTH) {
      throw new AppError('import.limitDepth', `The document nests elements more than ${MAX_DEPTH} levels deep; the limit is ${MAX_DEPTH}.`, {
        size: `> ${MAX_DEPTH}`,
        limit: MAX_DEPTH,
      });
    }
  }
  if (elements > MAX_ELEMENTS) {
    throw new AppError('import.limitElements', `The document has ${elements} elements; the limit is ${MAX_ELEMENTS}.`, {
      size: elements,
      limit: MAX_ELEMENTS,
    });
  }
}
