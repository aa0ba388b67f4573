// What article HTML may contain, as one pure module (no imports): main's import sanitiser (sanitize-html) and the
// editor's paste cleaner (DOMPurify) both apply exactly this allow-list, so a paste keeps what an import keeps.

/** The only elements an article body holds. */
export const ARTICLE_TAGS = ['p', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'br'];

/** Containers whose content is text we want, but as its own paragraph rather than glued to neighbours. */
export const BLOCK_AS_P = [
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption',
  'address', 'pre', 'table', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd', 'details', 'summary',
];

/** Elements kept under another name: lower headings become h3, b/i their semantic forms, containers paragraphs. */
export const TAG_ALIASES: Record<string, string> = {
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
  b: 'strong',
  i: 'em',
  ...Object.fromEntries(BLOCK_AS_P.map((t) => [t, 'p'])),
};

/** Elements whose text must not leak into the article (code, forms, embedded media, the <head>). */
export const NON_TEXT_TAGS = [
  'script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math',
  'template', 'head', 'title', 'select', 'button', 'canvas', 'video', 'audio', 'noembed', 'noframes', 'applet',
];

/** The one attribute kept: a link's target, and only an absolute web or mail address (relative ones point into
 * a site we are not on: the words stay, the target goes). */
export const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
