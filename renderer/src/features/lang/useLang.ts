// Names in Hangul: the lang.transliterate call. With useSpell.ts, the only modules of this feature that talk to
// the api.
import { api, call, type ReqOf } from '../../lib/api';

export const langCalls = {
  transliterate: (req: ReqOf<typeof api.lang.transliterate>) => call(api.lang.transliterate(req)),
};
