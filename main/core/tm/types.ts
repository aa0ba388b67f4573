// Data shapes of the translation memory: stored units, lookup options and matches, concordance hits.
import type { Lang } from '../../../preload/contract/define';

/** One confirmed segment pair. Timestamps are ISO 8601 to the second ("2025-01-31T09:15:00Z"), as TMX keeps them. */
export interface TmUnit {
  id: string;
  source: string;
  target: string;
  sourceLang: Lang;
  targetLang: Lang;
  /** Previous source segment ('' = first segment of its document); enables in-context (101 %) matches. */
  prev?: string;
  next?: string;
  createdAt: string;
  changedAt: string;
  /** Where the unit came from: project or article id, e.g. "tmx:FILE", or a target's provenance ("mt:ENGINE"). */
  origin?: string;
  /** The tool that made the target when it was not a human in Redaksi (e.g. the MT engine): TMX <tu creationtool>. */
  creationTool?: string;
}

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

export interface DiffToken {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export type MatchKind = 'context' | 'exact' | 'fuzzy';

export interface TmMatch {
  unit: TmUnit;
  /** Integer percent: 101 in-context, 100 exact, otherwise ≤ 99 (never rounded up to look exact). */
  score: number;
  kind: MatchKind;
  /** Word diff of the match's source (delete) against the text looked up (insert). */
  diff: DiffToken[];
}

export interface ConcordanceOptions extends TmPair {
  /** Which side to search (default 'source'). */
  side?: 'source' | 'target';
  /** Maximum number of hits (default 50). */
  limit?: number;
}

export interface ConcordanceHit {
  unit: TmUnit;
  /** Where the phrase sits in unit.source or unit.target (the searched side), as [start, end) offsets. */
  ranges: [number, number][];
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
