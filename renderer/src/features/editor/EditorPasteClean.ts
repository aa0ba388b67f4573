// Pasted HTML is cleaned before ProseMirror parses it: DOMPurify (the standard browser sanitiser, kept up against
// new mutation-XSS tricks — better than our own parser) with the article allow-list that import uses
// (preload/contract/article-html.ts), then aliased elements (b, i, h4, div …) take their article names.
// One pre-pass stays hand-written: Chromium reports (and CSP blocks) an inline handler such as <img onerror> the
// moment any document parses it — even DOMParser's inert one, which DOMPurify uses — so handler attributes are cut
// from the markup before parsing. That keeps the console clean; the sanitising itself is DOMPurify's.
import DOMPurify from 'dompurify';
import { ARTICLE_TAGS, NON_TEXT_TAGS, SAFE_HREF, TAG_ALIASES } from '../../../../preload/contract/article-html';

// Our own instance (made on first paste): no hook or setting leaks to or from any other user of DOMPurify.
let purify: ReturnType<typeof DOMPurify> | null = null;

const CONFIG = {
  ALLOWED_TAGS: [...ARTICLE_TAGS, ...Object.keys(TAG_ALIASES)],
  // data-pm-slice: ProseMirror's own marker when copying within the editor (keeps the slice's depth).
  ALLOWED_ATTR: ['href', 'data-pm-slice'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: SAFE_HREF,
  ADD_FORBID_CONTENTS: NON_TEXT_TAGS,
  KEEP_CONTENT: true,
  RETURN_DOM: true as const,
};

/** A start tag with its attributes (quoted values may contain ">"). */
const START_TAG = /<[a-zA-Z][^\s/>]*(?:[\s/]+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*[\s/]*>/g;
/** The HTML parser also accepts "/" between attributes (<svg/onload=…>). */
const HANDLER_ATTR = /[\s/]+on[^\s=/>]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi;

export function stripHandlers(html: string): string {
  return html.replace(START_TAG, (tag) => tag.replace(HANDLER_ATTR, ''));
}

export function cleanPastedHtml(html: string): string {
  purify ??= DOMPurify(window);
  const body = purify.sanitize(stripHandlers(html), CONFIG);
  // href belongs to links only.
  body.querySelectorAll('[href]').forEach((el) => el.localName !== 'a' && el.removeAttribute('href'));
  body.querySelectorAll(Object.keys(TAG_ALIASES).join(',')).forEach((el) => {
    const to = el.ownerDocument.createElement(TAG_ALIASES[el.localName]);
    for (const name of el.getAttributeNames()) to.setAttribute(name, el.getAttribute(name)!);
    to.append(...el.childNodes);
    el.replaceWith(to);
  });
  return body.innerHTML;
}
