// A stable colour per speaker (the registry's order never changes: speakers are only ever added), shared by the
// editor highlights and the panel's speaker swatches.
import type { ArticleQuotes } from '../../../../preload/contract/models';

const PALETTE = [
  '#2f7ed8',
  '#d9822b',
  '#2e9e5b',
  '#b94fb0',
  '#c9a400',
  '#1aa3a3',
  '#d64550',
  '#7a5cd6',
  '#6b8e23',
  '#8c6d46',
];
export const NO_SPEAKER_COLOR = '#8a8a8f';

export function speakerColors(q: ArticleQuotes): Map<string, string> {
  return new Map(q.speakers.map((s, i) => [s.id, PALETTE[i % PALETTE.length]]));
}
