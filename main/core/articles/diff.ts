// Word-level diff of two texts (or article bodies) on the `diff` package, with Hangul-aware tokens.
import { diffArrays } from 'diff';
import type { DiffPart } from '../../../preload/contract/common';
import { htmlToPlainText } from './text';

export type { DiffPart };

/**
 * Korean words (어절) carry their particles: "정부는" → "정부가" is one changed particle, not a changed word.
 * We split a known trailing particle off each Hangul run so the diff shows 정부[는→가]. The split only has
 * to be consistent between the two texts (it is), not linguistically perfect.
 */
const PARTICLES = [
  '에서는', '에게서', '으로서', '으로써', '으로는', '에서', '에게', '까지', '부터', '으로', '처럼', '보다', '마저',
  '조차', '이나', '라도', '에는', '와는', '과는', '은', '는', '이', '가', '을', '를', '에', '의', '와', '과', '도',
  '로', '만', '께',
];

const TOKEN = /\s+|[가-힣]+|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[\s\S]/gu;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const [t] of text.normalize('NFC').matchAll(TOKEN)) {
    if (/^[가-힣]{2,}$/.test(t)) {
      const p = PARTICLES.find((x) => t.length > x.length && t.endsWith(x));
      if (p) {
        out.push(t.slice(0, -p.length), p);
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** Give up on a minimal diff after this long and report "all replaced" (texts with nothing in common). */
const TIMEOUT_MS = 1500;

export function diffText(a: string, b: string): DiffPart[] {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const changes = diffArrays(ta, tb, { timeout: TIMEOUT_MS });
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  if (!changes) {
    push('delete', a);
    push('insert', b);
    return parts;
  }
  for (const c of changes) push(c.added ? 'insert' : c.removed ? 'delete' : 'equal', c.value.join(''));
  return parts;
}

/** Diff of two revisions: title line then body plain text (one line per block). */
export function diffArticles(a: { title: string; body: string }, b: { title: string; body: string }): DiffPart[] {
  return diffText(`${a.title}\n${htmlToPlainText(a.body)}`, `${b.title}\n${htmlToPlainText(b.body)}`);
}
