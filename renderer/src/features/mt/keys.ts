// i18n keys chosen at run time by the MT settings (engine kind), listed so the missing-key test sees every one.
import type { MtEngineConfig } from '../../../../preload/contract/mt';
import { i18nKeys } from '../../lib/i18nKeys';

export const MT_KIND_KEY = i18nKeys({
  'marian-local': 'mt:kind.marian-local',
  openai: 'mt:kind.openai',
  libretranslate: 'mt:kind.libretranslate',
}) satisfies Record<MtEngineConfig['kind'], string>;
