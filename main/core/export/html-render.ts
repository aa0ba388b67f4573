// Model → HTML fragments (escaped text, nested lists rebuilt), and the strict wrapper every HTML export uses.
import { createHash } from 'node:crypto';
import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from '../articles/text';
import { bylineInLead, type Block, type DocModel, type Run } from './model';

function runHtml(r: Run): string {
  if (r.text === '\n') return '<br>';
  let h = escapeHtml(r.text);
  if (r.italic) h = `<em>${h}</em>`;
  if (r.bold) h = `<strong>${h}</strong>`;
  if (r.href) h = `<a href="${escapeHtml(r.href)}" rel="noopener noreferrer">${h}</a>`;
  return h;
}

export function runsHtml(runs: Run[]): string {
  return runs.map(runHtml).join('');
}

/** Body headings sit one level under the title's <h1>. */
const HEADING: Record<string, string> = { h1: 'h2', h2: 'h3', h3: 'h4' };

/** Blocks → HTML. 'demote': body headings go one level under the page's <h1> title; 'keep': as written. */
export function blocksHtml(blocks: Block[], headings: 'demote' | 'keep' = 'demote'): string {
  const out: string[] = [];
  const open: ('ul' | 'ol')[] = [];
  const closeTo = (depth: number) => {
    while (open.length > depth) out.push(`</li></${open.pop()}>`);
  };
  for (const b of blocks) {
    if (b.kind === 'li' && b.list) {
      const d = b.list.depth;
      const tag = b.list.ordered ? 'ol' : 'ul';
      // Invariant: every open list has one open <li>; a deeper list nests inside it.
      closeTo(d);
      if (open.length === d) {
        if (open[d - 1] === tag) out.push('</li>');
        else closeTo(d - 1);
      }
      while (open.length < d) {
        const t = open.length === d - 1 ? tag : 'ul';
        out.push(`<${t}>`);
        open.push(t);
        if (open.length < d) out.push('<li>');
      }
      out.push(`<li>${runsHtml(b.runs)}`);
      continue;
    }
    closeTo(0);
    const inner = runsHtml(b.runs);
    if (b.kind === 'quote') out.push(`<blockquote><p>${inner}</p></blockquote>`);
    else if (b.kind === 'p') out.push(`<p>${inner}</p>`);
    else {
      const h = headings === 'demote' ? HEADING[b.kind] : b.kind;
      out.push(`<${h}>${inner}</${h}>`);
    }
  }
  closeTo(0);
  return out.join('\n');
}

export function headerHtml(m: DocModel): string {
  const parts = [`<h1>${escapeHtml(m.title)}</h1>`];
  if (m.byline.trim() && !bylineInLead(m)) parts.push(`<p class="byline">${escapeHtml(m.byline.trim())}</p>`);
  return `<header>\n${parts.join('\n')}\n</header>`;
}

/** Last line of defence for anything we emit: only our tags, http(s)/mailto links, no handlers or loads. */
export function finalSanitize(fragment: string): string {
  return sanitizeHtml(fragment, {
    allowedTags: ['article', 'header', 'section', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a',
      'blockquote', 'br', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'col', 'colgroup'],
    allowedAttributes: { a: ['href', 'rel'], '*': ['class', 'lang'], td: ['class', 'lang', 'colspan'], th: ['scope', 'class', 'lang'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    nonTextTags: ['script', 'style', 'textarea', 'noscript', 'template', 'iframe', 'object', 'svg', 'math'],
  });
}

/** The body alone, headings as the editor wrote them (ninjs bodies). */
export function articleHtmlBody(blocks: Block[]): string {
  return finalSanitize(blocksHtml(blocks, 'keep'));
}

export interface PageOptions {
  lang: string;
  title: string;
  css: string;
  /** Already built from escaped model text; sanitised once more here. */
  bodyHtml: string;
}

/**
 * A standalone page: no script, nothing remote. The CSP allows only our one inline style (by hash), so even
 * a tag that slipped past both sanitisers could neither run nor fetch.
 */
export function htmlPage(p: PageOptions): string {
  const hash = createHash('sha256').update(p.css, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(p.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(p.title)}</title>`,
    `<style>${p.css}</style>`,
    '</head>',
    '<body>',
    finalSanitize(p.bodyHtml),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
