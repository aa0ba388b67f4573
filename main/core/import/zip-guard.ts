// Zip-bomb guard for .docx: reads the central directory and inflates each entry with a hard byte cap BEFORE
// mammoth/jszip see the file, so a small file that expands to gigabytes is refused in milliseconds.
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors';

/** All entries together, uncompressed (text, styles, pictures): far beyond any news article with photos. */
export const MAX_ZIP_UNCOMPRESSED = 60 * 1024 * 1024;
/** The main text part (word/document.xml): ~2 million characters of text with Word's markup around it. */
export const MAX_DOCUMENT_XML = 30 * 1024 * 1024;
/** Paragraphs in the main text: ~100 times a long feature. */
export const MAX_PARAGRAPHS = 50_000;
/** Entries in the archive: a .docx has a few dozen. */
export const MAX_ZIP_ENTRIES = 2_000;

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

function corrupt(reason: string): AppError {
  return new AppError('import.docxCorrupt', `This .docx cannot be read: ${reason}`, { reason });
}

/** The central directory's entries; throws on a damaged or zip64 archive (a .docx never needs zip64). */
export function zipEntries(buf: Buffer): Entry[] {
  // End of central directory: 22 bytes + comment (≤ 65535), searched from the end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no zip directory');
  const count = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw corrupt('zip64 archives are not Word documents');
  if (count > MAX_ZIP_ENTRIES) throw limit('import.limitEntries', `The .docx holds ${count} parts; the limit is ${MAX_ZIP_ENTRIES}.`, count, MAX_ZIP_ENTRIES);
  const out: Entry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw corrupt('damaged zip directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    out.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      uncompressed: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function limit(code: string, message: string, size: number | string, max: number | string): AppError {
  return new AppError(code, message, { size, limit: max });
}

/** The entry's bytes, inflated with a cap: a lying size field cannot make us produce more than `cap`. */
function inflateEntry(buf: Buffer, e: Entry, cap: number): Buffer {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw corrupt(`damaged entry ${e.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) return data;
  if (e.method !== 8) throw corrupt(`unsupported compression in ${e.name}`);
  try {
    return inflateRawSync(data, { maxOutputLength: cap });
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw limit('import.limitExpanded', `The .docx expands beyond ${mb(cap)} (part ${e.name}); the limit is ${mb(cap)}.`, `> ${mb(cap)}`, mb(cap));
    }
    throw corrupt(`damaged entry ${e.name}`);
  }
}

/**
 * Checks a .docx against every limit before any conversion: declared sizes first (free), then the real
 * inflated size of the main text, capped, and its paragraph count. Throws an AppError naming the limit.
 */
export function checkDocxLimits(bytes: Uint8Array): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = zipEntries(buf);
  let total = 0;
  for (const e of entries) total += e.uncompressed;
  if (total > MAX_ZIP_UNCOMPRESSED) {
    throw limit('import.limitExpanded', `The .docx expands to ${mb(total)}; the limit is ${mb(MAX_ZIP_UNCOMPRESSED)}.`, mb(total), mb(MAX_ZIP_UNCOMPRESSED));
  }
  const doc = entries.find((e) => e.name === 'word/document.xml');
  if (!doc) return; // mammoth reports the missing part in its own words
  if (doc.uncompressed > MAX_DOCUMENT_XML) {
    throw limit('import.limitExpanded', `The .docx text part is ${mb(doc.uncompressed)}; the limit is ${mb(MAX_DOCUMENT_XML)}.`, mb(doc.uncompressed), mb(MAX_DOCUMENT_XML));
  }
  // Never trust the declared size: inflate with a cap just above it.
  const xml = inflateEntry(buf, doc, Math.min(MAX_DOCUMENT_XML, doc.uncompressed + 1));
  let paragraphs = 0;
  for (let i = xml.indexOf('<w:p'); i >= 0; i = xml.indexOf('<w:p', i + 4)) {
    const next = xml[i + 4];
    if (next === 0x20 || next === 0x3e || next === 0x2f) paragraphs++; // "<w:p " "<w:p>" "<w:p/"
  }
  if (paragraphs > MAX_PARAGRAPHS) {
    throw limit('import.limitParagraphs', `The .docx has ${paragraphs} paragraphs; the limit is ${MAX_PARAGRAPHS}.`, paragraphs, MAX_PARAGRAPHS);
  }
}
