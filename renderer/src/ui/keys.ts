// i18n keys chosen at run time, listed so the missing-key test (test/unit/i18n/keys.test.ts) sees every one:
// languages and article statuses, shared by several features. Every value names its namespace.
import type { ArticleStatus } from '../../../preload/contract/common';
import type { Lang } from '../../../preload/contract/define';
import { i18nKeys } from '../lib/i18nKeys';

export const LANG_KEY = i18nKeys({
  id: 'common:lang.id',
  en: 'common:lang.en',
  ko: 'common:lang.ko',
}) satisfies Record<Lang, string>;

export const ARTICLE_STATUS_KEY = i18nKeys({
  draft: 'common:status.draft',
  editing: 'common:status.editing',
  'in-translation': 'common:status.in-translation',
  ready: 'common:status.ready',
  exported: 'common:status.exported',
}) satisfies Record<ArticleStatus, string>;
