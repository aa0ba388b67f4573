// Test helper: segment a text and check every offset before returning the sentence texts.
import { expect } from 'vitest';
import { segmentText } from '../../../main/core/segment';

export function sentences(input: string, lang: string): string[] {
  const segs = segmentText(input, lang);
  let last = 0;
  for (const s of segs) {
    expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.start).toBeGreaterThanOrEqual(last);
    last = s.end;
  }
  return segs.map((s) => s.text);
}
