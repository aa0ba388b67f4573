// Bytes → text for .txt/.md/.html: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252 with a warning.
import { warning, type ImportWarning } from './types';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: ImportWarning[];
}

/**
 * Policy: strict UTF-8 first (the normal case). Text that is not valid UTF-8 is almost always an old
 * Windows export, so we decode it as Windows-1252 (a superset of Latin-1 that also maps “smart quotes”)
 * and warn, rather than refuse: the editor sees the text and can fix a stray character.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  try {
    // TextDecoder drops a UTF-8 BOM by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    const text = decodeWindows1252(bytes);
    return {
      text,
      encoding: 'windows-1252',
      warnings: [
        warning(
          'import.notUtf8',
          'The file is not UTF-8; it was read as Windows-1252 (Latin-1). Check accented letters.',
          { encoding: 'Windows-1252' },
        ),
      ],
    };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, warnings: [] };
}

/** 0x80–0x9F of Windows-1252 (Node's TextDecoder treats the label as plain Latin-1 and misses these). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    parts.push(String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b))));
  }
  return parts.join('');
}
