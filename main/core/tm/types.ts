// Data shapes of the translation memory: stored units, lookup options and matches, concordance hits.
import type { Lang } from '../../../preload/contract/define';
import type { DiffPart } from '../../../preload/contract/common';
import type { ConcordanceHit, TmMatch, TmUnit } from '../../../preload/contract/translate';

export type { ConcordanceHit, DiffPart, TmMatch, TmUnit };

/** What callers hand to add(): id and timestamps are filled in when missing. */
export type TmUnitInput = Omit<TmUnit, 'id' | 'createdAt' | 'changedAt'> &
  Partial<Pick<TmUnit, 'id' | 'createdAt' | 'changedAt'>>;

export interface TmPair {
  from: Lang;
  to: Lang;
}

export interface LookupOptions extends TmPair {
  /** Previous source segment of the text being translated ('' at document start). */
  prev?: string;
  /** Maximum number of matches (default 5). */
  limit?: number;
  /** Lowest fuzzy score returned, in percent (default 70). */
  minScore?: number;
}

export type MatchKind = TmMatch['kind'];

export interface ConcordanceOptions extends TmPair {
  /** Which side to search (default 'source'). */
  side?: 'source' | 'target';
  /** Maximum number of hits (default 50). */
  limit?: number;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  pairs: { from: Lang; to: Lang; count: number }[];
}

export interface AddResult {
  added: number;
  updated: number;
}
