// Cuts a big HTML body into parts at top-level block ends, so each part can be sanitised alone (in parallel, and
// remembered): only where that gives exactly what sanitising the whole would, else the body stays one part.
import { checkHtmlShape } from './limits';

/** A part is cut once it reaches this size (a 4.75 MB body gives ~19 parts). */
export const PART_SIZE = 256 * 1024;

/** A tag whose attribute values hold no < or >: the only kind of tag this scanner can read without a parser. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)(?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*\s*\/?>/y;
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);
/** Elements whose content is not markup (a "<p>" inside is text): a body with one is never cut. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'template', 'svg', 'math']);
/** Block ends after which the block repair (normalise.ts) holds nothing open: a cut there changes nothing. */
const CUT_AFTER = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote']);

/**
 * The body's parts (joined they are the body). Checks the whole body's shape limits first (checkHtmlShape), since
 * each part alone would pass them. One part when the body is small or anything in it is not plain, balanced markup
 * (comments, raw-text elements, a stray "<", implied end tags): then it is sanitised whole, exactly as before.
 */
export function splitForSanitise(html: string, partSize = PART_SIZE): string[] {
  checkHtmlShape(html);
  if (html.length <= partSize) return [html];
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) return [html];
    const name = m[2].toLowerCase();
    if (RAW.has(name)) return [html];
    if (m[1]) {
      if (depth === 0) return [html];
      depth--;
      const end = i + m[0].length;
      if (depth === 0 && CUT_AFTER.has(name) && end - start >= partSize) {
        parts.push(html.slice(start, end));
        start = end;
      }
    } else if (!VOID.has(name)) depth++;
    i += m[0].length - 1;
  }
  if (depth !== 0) return [html];
  if (start < html.length) parts.push(html.slice(start));
  return parts;
}
