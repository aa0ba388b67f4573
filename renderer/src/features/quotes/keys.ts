// i18n keys chosen at run time by the quote panel and sheet (kind, status, verification), listed so the
// missing-key test sees every one. Every value names its namespace.
import type { QuoteAnnotation as Quote } from '../../../../preload/contract/models';
import { i18nKeys } from '../../lib/i18nKeys';

export const QUOTE_KIND_KEY = i18nKeys({ direct: 'quotes:kind.direct', indirect: 'quotes:kind.indirect' }) satisfies Record<Quote['kind'], string>;

export const QUOTE_STATUS_KEY = i18nKeys({
  suggested: 'quotes:status.suggested',
  confirmed: 'quotes:status.confirmed',
  rejected: 'quotes:status.rejected',
}) satisfies Record<Quote['status'], string>;

export const VERIFICATION_KEY = i18nKeys({
  unverified: 'quotes:verification.unverified',
  verified: 'quotes:verification.verified',
  disputed: 'quotes:verification.disputed',
}) satisfies Record<Quote['verification'], string>;
