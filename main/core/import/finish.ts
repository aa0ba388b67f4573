// Turns converted HTML into an import result: title, byline and dateline lifted out, language detected.
import { AppError } from '../errors';
import { htmlToPlainText } from '../articles/text';
import { datelineOf, parseDateline } from '../articles/dateline';
import type { Dateline } from '../../../preload/contract/common';
import { detectLanguage } from '../lang/detect';
import { blockRawText, isEmptyBlock, splitBlocks, stripText, type Block } from './blocks';
import { checkChars } from './limits';
import type { Converted } from './formats';
import type { ImportFormat, ImportOptions, ImportResult, ImportWarning } from './types';

const MAX_TITLE_LINE = 120;
const BYLINE = /^(?:by|oleh|penulis|reporter|editor)\s*:?\s+(\S.{1,98})$/i;
const HEADING = /^h[1-3]$/;

/**
 * Rules (in order):
 * - Title: a heading as the first block, else a short first line (≤ 120 characters, not ending like a
 *   sentence, not a credit line, with more text after it); either is removed from the body. Otherwise the
 *   declared title (HTML <title>), else the first sentence of the text (kept in the body), else `fallback`.
 * - Byline: a first paragraph "By …" / "Oleh …" / "Penulis: …" is lifted out.
 * - Dateline: the first paragraph's credit (see parseDateline) goes to `dateline`/`byline` and leaves the body.
 */
export function finishImport(conv: Converted, format: ImportFormat, opts: ImportOptions, fallback = ''): ImportResult {
  let blocks = splitBlocks(conv.html).filter((b) => !isEmptyBlock(b));
  if (!blocks.length) throw new AppError('import.noText', 'There is no text to import.');
  const warnings: ImportWarning[] = [...conv.warnings];

  let title = '';
  const first = blocks[0];
  const firstText = oneLine(blockRawText(first));
  if (HEADING.test(first.tag)) {
    title = firstText;
    blocks = blocks.slice(1);
  } else if (first.tag === 'p' && blocks.length > 1 && isTitleLine(firstText)) {
    title = firstText;
    blocks = blocks.slice(1);
  }

  let byline = '';
  const b = blocks[0] && blocks[0].tag === 'p' ? BYLINE.exec(oneLine(blockRawText(blocks[0]))) : null;
  if (b && blocks.length > 1) {
    byline = b[1].trim();
    blocks = blocks.slice(1);
  }

  let dateline: Dateline = { outlet: '', place: '' };
  let di = blocks.findIndex((bl) => !HEADING.test(bl.tag));
  // A short line of names before a lead that opens with a credit is the byline (our own exports print
  // "title / byline / CREDIT – lead"; so do many desks).
  if (!byline && di >= 0 && blocks[di].tag === 'p' && blocks[di + 1]?.tag === 'p') {
    const line = oneLine(blockRawText(blocks[di]));
    if (isBylineLine(line) && !parseDateline(line) && parseDateline(blockRawText(blocks[di + 1]))) {
      byline = line;
      blocks = blocks.filter((_, i) => i !== di);
    }
  }
  di = blocks.findIndex((bl) => !HEADING.test(bl.tag));
  if (di >= 0 && blocks[di].tag === 'p') {
    const m = parseDateline(blockRawText(blocks[di]));
    if (m) {
      dateline = datelineOf(m);
      if (m.byline && !byline) byline = m.byline;
      const rest: Block = stripText(blocks[di], m.length);
      blocks = isEmptyBlock(rest) ? blocks.filter((_, i) => i !== di) : blocks.map((x, i) => (i === di ? rest : x));
    }
  }

  const body = blocks.map((x) => x.html).join('');
  const plain = htmlToPlainText(body);
  checkChars(plain.length + title.length);
  if (!title) title = conv.declaredTitle || firstSentence(plain) || fallback;
  const detected = opts.lang ? { lang: opts.lang, confidence: 1 } : detectLanguage(`${title}\n${plain}`);
  return {
    title: title.slice(0, 1000),
    body,
    lang: detected.lang,
    langConfidence: detected.confidence,
    dateline,
    byline: byline.slice(0, 500),
    format,
    warnings,
  };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "Rahmat Hidayat", "Kim Soo-jin, Budi": a few capitalised names, no sentence. */
const isBylineLine = (s: string) =>
  s.length > 0 && s.length <= 80 && !/[.!?;:。"”]$/.test(s) && s.split(/\s+/).length <= 8 && /^[\p{Lu}가-힣]/u.test(s);

function isTitleLine(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= MAX_TITLE_LINE &&
    !/[.,;:。…"”'’]$/.test(text) &&
    parseDateline(text) === null &&
    !BYLINE.test(text)
  );
}

/** The first sentence, cut at a word boundary so a title never runs past ~80 characters. */
function firstSentence(plain: string): string {
  const line = plain.split('\n')[0] ?? '';
  const s = /^.+?[.!?。](?=\s|$)/u.exec(line)?.[0] ?? line;
  if (s.length <= 80) return s.trim();
  const cut = s.slice(0, 80);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > 40 ? cut.slice(0, sp) : cut).trim()}…`;
}
