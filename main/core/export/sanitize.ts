// Re-sanitises article HTML on the way out: only the editor's tags survive, no script, handler or remote load.
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a', 'blockquote', 'br'],
  allowedAttributes: { a: ['href'] },
  // Only links a reader can follow without the document fetching anything; no javascript:, data:, file:.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Their text content is code or styling, never article copy.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'svg', 'math'],
  transformTags: { b: 'strong', i: 'em' },
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
