// <option>s shared by the language and article-status pickers (editor, library filters, MT settings and forms),
// labelled in the interface language. The value lists come from the contract's enums.
import { useTranslation } from 'react-i18next';
import { ArticleStatus } from '../../../preload/contract/common';
import { Lang } from '../../../preload/contract/define';

export const LANGS: readonly Lang[] = Lang.options;
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ArticleStatus.options;

/** One option per article language (all three unless `langs` narrows them). */
export function LangOptions({ langs = LANGS }: { langs?: readonly Lang[] }) {
  const { t } = useTranslation('common');
  return langs.map((l) => (
    <option key={l} value={l}>
      {t(`lang.${l}`)}
    </option>
  ));
}

/** One option per article status. */
export function ArticleStatusOptions() {
  const { t } = useTranslation('common');
  return ARTICLE_STATUSES.map((s) => (
    <option key={s} value={s}>
      {t(`status.${s}`)}
    </option>
  ));
}
