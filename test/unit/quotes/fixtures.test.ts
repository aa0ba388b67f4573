// Labelled news copy per language, scored with the same matching rule as ../shared/tools/score-quotes.mjs.
import { describe, expect, it } from 'vitest';
import { loadFixtures, ratio, score } from './score';

for (const lang of ['id', 'en', 'ko']) {
  describe(`quote fixtures (${lang})`, () => {
    const fixtures = loadFixtures(lang);

    it('has at least 15 labelled articles covering direct and indirect quotes', () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(15);
      expect(fixtures.flatMap((f) => f.quotes).some((q) => q.kind === 'direct')).toBe(true);
      expect(fixtures.flatMap((f) => f.quotes).some((q) => q.kind === 'indirect')).toBe(true);
    });

    it('finds, attributes and does not invent quotes', () => {
      const { tally, misses } = score(fixtures);
      expect(misses).toEqual([]);
      for (const kind of ['direct', 'indirect'] as const) {
        const t = tally[kind];
        expect(ratio(t.found, t.gold)).toBe(1);
        expect(ratio(t.matched, t.detected)).toBe(1);
        expect(ratio(t.attributed, t.gold)).toBe(1);
      }
    });

    for (const f of fixtures) {
      it(`${f.name}: every labelled quote is found with its speaker`, () => {
        const { misses } = score([f]);
        expect(misses).toEqual([]);
      });
    }
  });
}
