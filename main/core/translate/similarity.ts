// How alike two sentences are: Dice coefficient over character bigrams (works for Latin script and Hangul alike).
export function bigrams(s: string): Map<string, number> {
  const t = s.toLowerCase().replace(/\s+/gu, ' ').trim();
  const out = new Map<string, number>();
  const chars = [...t];
  for (let i = 0; i < chars.length - 1; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  if (chars.length === 1) out.set(chars[0], 1);
  return out;
}

/** 1 for identical texts, 0 for nothing in common. */
export function diceSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  if (total === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, n] of small) shared += Math.min(n, large.get(g) ?? 0);
  return (2 * shared) / total;
}

export function similarity(a: string, b: string): number {
  return diceSimilarity(bigrams(a), bigrams(b));
}
