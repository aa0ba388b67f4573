// <option>s shared by the language and article-status pickers (editor, library filters, MT settings and forms),
// labelled in the interface language. The value lists come from the contract's enums.
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../preload/contract/common';
import type { Lang } from '../../../preload/contract/define';
import { ARTICLE_STATUS_VALUES, LANG_VALUES } from '../../../preload/contract/values';
import { ARTICLE_STATUS_KEY, LANG_KEY } from './keys';

export const LANGS: readonly Lang[] = LANG_VALUES;
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ARTICLE_STATUS_VALUES;

/** One option per article language (all three unless `langs` narrows them). */
export function LangOptions({ langs = LANGS }: { langs?: readonly Lang[] }) {
  const { t } = useTranslation('common');
  return langs.map((l) => (
    <option key={l} value={l}>
      {t(LANG_KEY[l])}
    </option>
  ));
}

/** One option per article status. */
export function ArticleStatusOptions() {
  const { t } = useTranslation('common');
  return ARTICLE_STATUSES.map((s) => (
    <option key={s} value={s}>
      {t(ARTICLE_STATUS_KEY[s])}
    </option>
  ));
}
