// Language names for prompts and the language codes each model family expects.
import type { Lang } from '../../../preload/contract/define';

/** English names: LLMs follow "Translate from Indonesian to Korean" better than ISO codes. */
export const LANG_NAMES: Record<Lang, string> = { id: 'Indonesian', en: 'English', ko: 'Korean' };

/** NLLB-200 uses FLORES-200 codes. */
export const NLLB_CODES: Record<Lang, string> = { id: 'ind_Latn', en: 'eng_Latn', ko: 'kor_Hang' };

/** M2M100 and LibreTranslate use ISO 639-1, the same as ours. */
export const ISO_CODES: Record<Lang, string> = { id: 'id', en: 'en', ko: 'ko' };
