// i18n keys the translation workspace chooses at run time (segment status, origin badge, TM match kind, side tabs,
// analysis bands, QA findings), listed so the missing-key test sees every one. Every value names its namespace.
import type { SegmentStatus } from '../../../../preload/contract/models';
import type { BANDS_OUT } from '../../../../preload/contract/values';
import { i18nKeys } from '../../lib/i18nKeys';

export const SEGMENT_STATUS_KEY = i18nKeys({
  new: 'translate:status.new',
  draft: 'translate:status.draft',
  translated: 'translate:status.translated',
  reviewed: 'translate:status.reviewed',
  approved: 'translate:status.approved',
}) satisfies Record<SegmentStatus, string>;

/** The origin badge's text and its title, by the badge's key. */
export const ORIGIN_KEY = i18nKeys({ mt: 'translate:origin.mt', mtEdited: 'translate:origin.mtEdited', tm: 'translate:origin.tm' });
export const ORIGIN_TITLE_KEY = i18nKeys({
  mt: 'translate:origin.mt.title',
  mtEdited: 'translate:origin.mtEdited.title',
  tm: 'translate:origin.tm.title',
}) satisfies Record<keyof typeof ORIGIN_KEY, string>;

export const TM_KIND_KEY = i18nKeys({
  context: 'translate:tm.kind.context',
  exact: 'translate:tm.kind.exact',
  fuzzy: 'translate:tm.kind.fuzzy',
});

export const SIDE_TAB_KEY = i18nKeys({ tm: 'translate:tab.tm', qa: 'translate:tab.qa', analysis: 'translate:tab.analysis' });

export const BAND_KEY = i18nKeys({
  '101': 'translate:analysis.band.101',
  repetitions: 'translate:analysis.band.repetitions',
  '100': 'translate:analysis.band.100',
  '95-99': 'translate:analysis.band.95-99',
  '85-94': 'translate:analysis.band.85-94',
  '70-84': 'translate:analysis.band.70-84',
  new: 'translate:analysis.band.new',
}) satisfies Record<(typeof BANDS_OUT)[number], string>;

/** One text per QA check (main/core/qa); a code this list does not know shows as itself. */
export const QA_KEY: Record<string, string> = i18nKeys({
  emptyTarget: 'qa:emptyTarget',
  targetEqualsSource: 'qa:targetEqualsSource',
  numberMissing: 'qa:numberMissing',
  dateMissing: 'qa:dateMissing',
  unbalancedQuotes: 'qa:unbalancedQuotes',
  glossaryTermMissing: 'qa:glossaryTermMissing',
  forbiddenTerm: 'qa:forbiddenTerm',
  speakerSpelling: 'qa:speakerSpelling',
  quoteMissing: 'qa:quoteMissing',
  lengthRatio: 'qa:lengthRatio',
  doubleSpace: 'qa:doubleSpace',
  endPunctuation: 'qa:endPunctuation',
});
