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
    const text = new TextDecoder('windows-1252').decode(bytes);
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
