// i18n keys chosen at run time by the Hangul-names tools, listed so the missing-key test sees every one.
import type { TranslitSuggestion } from '../../../../preload/contract/lang';
import { i18nKeys } from '../../lib/i18nKeys';

export const TRANSLIT_SOURCE_KEY = i18nKeys({
  rule: 'lang:translit.source.rule',
  exception: 'lang:translit.source.exception',
}) satisfies Record<TranslitSuggestion['source'], string>;
