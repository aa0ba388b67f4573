// isSummary (the fast check library.json entries get on every start) accepts exactly what the contract's
// ArticleSummary accepts, over a good summary and many broken variants of it.
import { describe, it, expect } from 'vitest';
import { ArticleSummary } from '../../../preload/contract/common';
import { isSummary } from '../../../main/core/articles/summary-check';

const good = {
  id: 'a1b2c3',
  title: 'Banjir di Semarang',
  lang: 'id',
  status: 'draft',
  dateline: { outlet: 'MONITOR', place: 'Semarang', date: '4 Desember', separator: '–', written: 'SEMARANG, MONITOR –' },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-02T00:00:00.000Z',
  deletedAt: null,
  wordCount: 120,
};

const set = (path: string[], value: unknown) => {
  const copy = structuredClone(good) as Record<string, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
  if (value === undefined) delete o[path[path.length - 1]];
  else o[path[path.length - 1]] = value;
  return copy;
};

const variants: [string, unknown][] = [
  ['good', good],
  ['good, deleted', set(['deletedAt'], '2025-02-01T00:00:00.000Z')],
  ['good, minimal dateline', set(['dateline'], { outlet: '', place: '' })],
  ['extra keys are allowed', { ...good, extra: 1 }],
  ['null', null],
  ['array', [good]],
  ['string', 'x'],
  ['bad id', set(['id'], '../x')],
  ['empty id', set(['id'], '')],
  ['long id', set(['id'], 'a'.repeat(65))],
  ['numeric id', set(['id'], 5)],
  ['no title', set(['title'], undefined)],
  ['long title', set(['title'], 'x'.repeat(1001))],
  ['title at the limit', set(['title'], 'x'.repeat(1000))],
  ['unknown lang', set(['lang'], 'fr')],
  ['unknown status', set(['status'], 'published')],
  ['no dateline', set(['dateline'], undefined)],
  ['dateline array', set(['dateline'], [])],
  ['dateline outlet number', set(['dateline', 'outlet'], 1)],
  ['dateline place long', set(['dateline', 'place'], 'x'.repeat(201))],
  ['dateline date long', set(['dateline', 'date'], 'x'.repeat(101))],
  ['dateline separator long', set(['dateline', 'separator'], 'x'.repeat(11))],
  ['dateline written long', set(['dateline', 'written'], 'x'.repeat(301))],
  ['dateline written null', set(['dateline', 'written'], null)],
  ['no createdAt', set(['createdAt'], undefined)],
  ['updatedAt number', set(['updatedAt'], 5)],
  ['deletedAt missing', set(['deletedAt'], undefined)],
  ['deletedAt number', set(['deletedAt'], 0)],
  ['wordCount negative', set(['wordCount'], -1)],
  ['wordCount fraction', set(['wordCount'], 1.5)],
  ['wordCount string', set(['wordCount'], '5')],
  ['wordCount NaN', set(['wordCount'], NaN)],
  ['wordCount infinite', set(['wordCount'], Infinity)],
  ['no wordCount', set(['wordCount'], undefined)],
];

describe('isSummary agrees with the contract', () => {
  for (const [name, v] of variants) {
    it(name, () => {
      expect(isSummary(v)).toBe(ArticleSummary.safeParse(v).success);
    });
  }
  it('the variants include both answers', () => {
    const answers = new Set(variants.map(([, v]) => isSummary(v)));
    expect(answers).toEqual(new Set([true, false]));
  });
});
