// What a language's rules report: a quote or reported-speech span with its cue and the mention of its speaker.
import type { Mention } from './mention';

export interface Found {
  kind: 'direct' | 'indirect';
  /** Content range in the raw text (no quotation marks). */
  start: number;
  end: number;
  cue: string;
  /** Who the text names as speaker; null means "not named here": the last speaker carries on. */
  mention: Mention | null;
  confidence: number;
}

/** A sentence like "Hal itu disampaikan Budi …" that names the speaker of quotes before it. */
export interface Retro {
  at: number;
  mention: Mention;
}
