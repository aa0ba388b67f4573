// i18n keys chosen at run time by the editor (why a revision was made), listed so the missing-key test sees them.
import type { RevisionSummary } from '../../../../preload/contract/articles';
import { i18nKeys } from '../../lib/i18nKeys';

export const REVISION_REASON_KEY = i18nKeys({
  autosave: 'library:history.reason.autosave',
  status: 'library:history.reason.status',
  restore: 'library:history.reason.restore',
  import: 'library:history.reason.import',
  export: 'library:history.reason.export',
}) satisfies Record<RevisionSummary['reason'], string>;
