// The one HTML allow-list every import path goes through: structure survives, nothing active or remote does.
import sanitizeHtml from 'sanitize-html';
import { normaliseBlocks } from './normalise';
import { checkHtmlShape } from './limits';
import { ARTICLE_TAGS, NON_TEXT_TAGS, SAFE_HREF, TAG_ALIASES } from '../../../preload/contract/article-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ARTICLE_TAGS,
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: NON_TEXT_TAGS,
  transformTags: {
    ...TAG_ALIASES,
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
