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
