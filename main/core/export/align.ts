// Puts translation segments back into the article's blocks: which block each segment's source came from.
import type { Segment } from '../../../preload/contract/models';
import { blockText, type Block } from './model';

export interface Alignment {
  /** Segment indexes per block, in order. */
  perBlock: number[][];
  /** Index of the segment that holds the title, or -1. */
  titleSegment: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Plain-text line index (htmlToPlainText, what Segment.paragraph counts) → block index (a <br> adds lines). */
export function lineToBlock(blocks: Block[]): number[] {
  const out: number[] = [];
  blocks.forEach((b, i) => {
    for (const line of blockText(b).split('\n')) if (line.trim()) out.push(i);
  });
  return out;
}

/**
 * Segment.paragraph (when set and still holding the sentence) says where a segment belongs. Otherwise we walk
 * the blocks in order and find the segment's source text. A segment found nowhere (the source was edited
 * since) stays with the block we are in, so nothing the translator wrote is ever dropped.
 */
export function alignSegments(title: string, blocks: Block[], segments: Segment[]): Alignment {
  const texts = blocks.map((b) => squash(blockText(b)));
  const lines = lineToBlock(blocks);
  const perBlock: number[][] = blocks.map(() => []);
  let titleSegment = -1;
  let bi = 0;
  let cursor = 0;
  const place = (si: number, block: number, end: number) => {
    perBlock[block].push(si);
    bi = block;
    cursor = end;
  };
  segments.forEach((seg, si) => {
    const src = squash(seg.source);
    // Segment 0 holds the headline (headline: true); older or hand-made projects may start with it unmarked.
    if (si === 0 && (seg.headline || (seg.paragraph === undefined && src && src === squash(title) && !texts[0]?.startsWith(src)))) {
      titleSegment = si;
      return;
    }
    if (!blocks.length) return;
    const hinted = seg.paragraph !== undefined ? lines[seg.paragraph] : undefined;
    if (hinted !== undefined && src) {
      const at = texts[hinted].indexOf(src, hinted === bi ? cursor : 0);
      if (at >= 0) return place(si, hinted, at + src.length);
    }
    const here = src ? texts[bi].indexOf(src, cursor) : -1;
    if (here >= 0) return place(si, bi, here + src.length);
    for (let j = bi + 1; src && j < texts.length; j++) {
      const at = texts[j].indexOf(src);
      if (at >= 0) return place(si, j, at + src.length);
    }
    if (hinted !== undefined) return place(si, hinted, texts[hinted].length);
    perBlock[bi].push(si);
  });
  return { perBlock, titleSegment };
}
