// The one HTML allow-list every import path goes through: structure survives, nothing active or remote does.
import sanitizeHtml from 'sanitize-html';
import { normaliseBlocks } from './normalise';
import { checkHtmlShape } from './limits';

/** Containers whose content is text we want, but as its own paragraph rather than glued to neighbours. */
const BLOCK_AS_P = [
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption',
  'address', 'pre', 'table', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd', 'details', 'summary',
];

/** Elements whose text must not leak into the article (code, forms, embedded media, the <head>). */
const NON_TEXT = [
  'script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math',
  'template', 'head', 'title', 'select', 'button', 'canvas', 'video', 'audio', 'noembed', 'noframes', 'applet',
];

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'br'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: NON_TEXT,
  transformTags: {
    h4: 'h3',
    h5: 'h3',
    h6: 'h3',
    b: 'strong',
    i: 'em',
    ...Object.fromEntries(BLOCK_AS_P.map((t) => [t, 'p'])),
    // Relative links point into a web site we are not on: keep the words, drop the target.
    a: (tagName, attrs) => {
      const href = (attrs.href ?? '').trim();
      const attribs: sanitizeHtml.Attributes = SAFE_HREF.test(href) ? { href } : {};
      return { tagName, attribs };
    },
  },
};

/** Untrusted HTML → article HTML (allow-listed, well-nested blocks, no empty paragraphs). */
export function sanitiseArticleHtml(html: string): string {
  checkHtmlShape(html); // linear; refuses hostile nesting before the (slower) sanitiser sees it
  return normaliseBlocks(sanitizeHtml(html, OPTIONS));
}
