// Short stable ids for annotations (FNV-1a over the text), so the same quote gets the same id on re-detection.
import { isWhiteCode } from './text';

export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** shortHash(head + s.replace(/\s+/g, ' ')) without building either string: every detected quote's id hashes its text,
 *  and those copies were a large share of what a long article's detection kept alive across collections. */
export function shortHashSquashed(head: string, s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < head.length; i++) {
    h ^= head.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isWhiteCode(c)) {
      while (i + 1 < s.length && isWhiteCode(s.charCodeAt(i + 1))) i++;
      c = 32;
    }
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
