// Names in Hangul: the lang.transliterate call. With useSpell.ts, the only modules of this feature that talk to
// the api.
import { api, unwrap } from '../../lib/api';

export const langCalls = unwrap(api.lang, ['transliterate']);
