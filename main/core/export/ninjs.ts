// IPTC ninjs 3.1 export: the article (or its translation) with other language versions as associations.
import type { Article } from '../../../preload/contract/common';
import { countWords, htmlToPlainText } from '../articles/text';
import { AppError } from '../errors';
import { articleHtmlBody } from './html-render';
import { withDatelineLead, type DocModel } from './model';
import { NINJS_SCHEMA_ID, validateNinjs } from './ninjs-validate';
import { slugify } from './filename';

export type NinjsDoc = Record<string, unknown>;

/** A stable URI per article and language (urn: needs no host we do not own). */
export function ninjsUri(articleId: string, lang?: string): string {
  return `urn:redaksi:article:${articleId}${lang ? `:${lang}` : ''}`;
}

function version(m: DocModel, article: Article, role: 'original' | 'translation', versionCreated: string): NinjsDoc {
  const html = articleHtmlBody(withDatelineLead(m.blocks, m.dateline));
  const plain = htmlToPlainText(html);
  const doc: NinjsDoc = {
    uri: ninjsUri(article.id, role === 'original' ? undefined : m.lang),
    type: 'text',
    representationType: 'full',
    language: m.lang,
    versionCreated,
    headlines: [{ role: 'main', value: m.title }],
    bodies: [{ role: 'main', contentType: 'text/html', value: html, charCount: [...plain].length, wordCount: countWords(plain) }],
  };
  if (m.byline.trim()) doc.by = m.byline.trim();
  if (m.dateline.place.trim()) doc.located = m.dateline.place.trim();
  if (m.dateline.outlet.trim()) doc.infoSources = [{ name: m.dateline.outlet.trim(), role: 'originator' }];
  return doc;
}

export interface NinjsInput {
  article: Article;
  /** The copy being exported (source or a translation). */
  main: DocModel;
  mainRole: 'original' | 'translation';
  /** Other language versions to link: the original when exporting a translation, translations otherwise. */
  others: { model: DocModel; role: 'original' | 'translation'; versionCreated: string }[];
  versionCreated: string;
}

/**
 * ninjs links language versions through `associations` (each a full ninjs object with `name`, `rel`, `uri`):
 * rel "translation" points from the original to a translation, rel "original" from a translation back.
 * `altIds` carries our article id so a round trip can find the draft again.
 */
export function buildNinjs(input: NinjsInput): NinjsDoc {
  const { article, main } = input;
  const doc: NinjsDoc = {
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_ID },
    ...version(main, article, input.mainRole, input.versionCreated),
    firstCreated: article.createdAt,
    version: String(article.rev),
    pubStatus: 'usable',
    slugline: slugify(article.title) || article.id,
    altIds: [{ role: 'redaksi-article-id', value: article.id }],
  };
  if (input.others.length) {
    doc.associations = input.others.map((o) => ({
      name: o.role === 'translation' ? `translation-${o.model.lang}` : 'original',
      rel: o.role,
      ...version(o.model, article, o.role, o.versionCreated),
    }));
  }
  const check = validateNinjs(doc);
  if (!check.valid) {
    // Our own output failing the schema is a bug, but the user must not receive an invalid file.
    throw new AppError('export.ninjsInvalid', `The ninjs export did not validate: ${check.errors.slice(0, 3).join('; ')}`, {
      errors: check.errors.slice(0, 3).join('; '),
    });
  }
  return doc;
}

export function renderNinjs(input: NinjsInput): string {
  // A lone surrogate (half of a broken emoji pasted from somewhere) becomes U+FFFD, as the other exports print it,
  // instead of a raw "\ud800" escape that strict readers reject.
  const wellFormed = (_k: string, v: unknown) =>
    typeof v === 'string' ? v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD') : v;
  return `${JSON.stringify(buildNinjs(input), wellFormed, 2)}\n`;
}
