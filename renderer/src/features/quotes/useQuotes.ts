// Quote data: the article's quotes, decisions, speakers, re-detection and the quote sheet. The only module of
// the quotes feature that talks to the api.
import { api, call, type ReqOf } from '../../lib/api';

export const quoteCalls = {
  detect: (req: ReqOf<typeof api.quotes.detect>) => call(api.quotes.detect(req)),
  get: (req: ReqOf<typeof api.quotes.get>) => call(api.quotes.get(req)),
  sheet: (req: ReqOf<typeof api.quotes.sheet>) => call(api.quotes.sheet(req)),
  speakers: (req: ReqOf<typeof api.quotes.speakers>) => call(api.quotes.speakers(req)),
  update: (req: ReqOf<typeof api.quotes.update>) => call(api.quotes.update(req)),
};
