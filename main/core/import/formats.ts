// Per-format converters to sanitised article HTML: plain text, Markdown, HTML and .docx (via mammoth).
import { marked } from 'marked';
import mammoth from 'mammoth';
import { checkDocxLimits } from './zip-guard';
import { AppError } from '../errors';
import { escapeHtml } from '../articles/text';
import { sanitiseArticleHtml } from './sanitize';
import { warning, type ImportWarning } from './types';

export interface Converted {
  html: string;
  /** A title the format itself declares (HTML <title>), used when the body offers none. */
  declaredTitle?: string;
  warnings: ImportWarning[];
}

/** Every non-empty line is a paragraph: that is how wire copy and the desk's .txt files are laid out. */
export function textToHtml(text: string): Converted {
  const html = text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.replace(/[\t ]+/g, ' ').trim())
    .filter(Boolean)
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('');
  return { html, warnings: [] };
}

export function markdownToHtml(md: string): Converted {
  const raw = marked.parse(md, { async: false, gfm: true, breaks: false });
  return { html: sanitiseArticleHtml(raw), warnings: [] };
}

export function htmlToArticleHtml(html: string): Converted {
  const t = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const declaredTitle = t ? sanitiseArticleHtml(t[1]).replace(/<[^>]+>/g, '').trim() : undefined;
  return { html: sanitiseArticleHtml(html), declaredTitle: declaredTitle || undefined, warnings: [] };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function docxToHtml(bytes: Uint8Array): Promise<Converted> {
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new AppError('import.docxNotZip', 'This .docx is not a Word document (it is not a zip archive).');
  }
  checkDocxLimits(bytes); // before mammoth: it inflates everything in memory
  let images = 0;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        // Pictures are not part of the text we edit; never read them, never link out to them.
        convertImage: mammoth.images.imgElement(async () => {
          images++;
          return { src: '' };
        }),
        externalFileAccess: false,
      } as Parameters<typeof mammoth.convertToHtml>[1],
    );
  } catch (err) {
    throw new AppError('import.docxCorrupt', `This .docx cannot be read: ${(err as Error).message}`, {
      reason: (err as Error).message,
    });
  }
  const warnings: ImportWarning[] = [];
  if (images > 0) {
    warnings.push(warning('import.imagesDropped', `${images} picture(s) were left out; only text is imported.`, { count: images }));
  }
  return { html: sanitiseArticleHtml(result.value), warnings };
}
