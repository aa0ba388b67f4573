// Handlers for the quote channels: thin wiring over QuoteSession (main/core/quotes-ui), one per data folder.
import type { HandlerMap } from '../core/context';
import { quoteSession as session } from '../core/services';

type QuoteHandlers = Pick<HandlerMap, `quotes.${'get' | 'detect' | 'update' | 'speakers' | 'sheet'}`>;

export const quoteHandlers: QuoteHandlers = {
  'quotes.get': async ({ articleId }, ctx) => session(ctx).get(articleId),
  'quotes.detect': async ({ articleId }, ctx) => session(ctx).detect(articleId),
  'quotes.update': async ({ articleId, quoteId, op }, ctx) => session(ctx).update(articleId, quoteId, op),
  'quotes.speakers': async ({ articleId, speakerId, patch }, ctx) =>
    session(ctx).editSpeaker(articleId, speakerId, patch),
  'quotes.sheet': async ({ articleId, includeRejected }, ctx) =>
    session(ctx).sheet(articleId, includeRejected),
};
