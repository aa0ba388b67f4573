// Counts shown to the user use i18next plurals (key_one / key_other, picked from `count`): "1 quote", "2 quotes".
// Read from the shipped locale files, through a real i18next instance.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';

const ROOT = join(import.meta.dirname, '../../../resources/locales');
const load = (lng: string, ns: string) => JSON.parse(readFileSync(join(ROOT, lng, `${ns}.json`), 'utf8'));

async function tFor(lng: string) {
  const i = i18next.createInstance();
  await i.init({
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    resources: { [lng]: { quotes: load(lng, 'quotes'), translate: load(lng, 'translate') } },
  });
  return i.t.bind(i);
}

describe('plural counts', () => {
  it('English says 1 quote / 2 quotes, 1 comment / 2 comments, 1 error / 2 errors', async () => {
    const t = await tFor('en');
    const q = (n: number) => t('quotes:speakers.quoteCount', { n, count: n });
    expect([q(0), q(1), q(2)]).toEqual(['0 quotes', '1 quote', '2 quotes']);
    expect(t('quotes:panel.count', { n: 1, count: 1, unverified: 1 })).toBe('1 quote · 1 unverified');
    expect(t('quotes:panel.count', { n: 2, count: 2, unverified: 0 })).toBe('2 quotes · 0 unverified');
    expect(t('quotes:comments.count', { n: 1, count: 1 })).toBe('1 comment');
    expect(t('quotes:comments.count', { n: 3, count: 3 })).toBe('3 comments');
    const summary = (e: number, w: number) =>
      t('translate:qa.summary', {
        errors: t('translate:qa.errors', { n: e, count: e }),
        warnings: t('translate:qa.warnings', { n: w, count: w }),
      });
    expect(summary(1, 1)).toBe('1 error, 1 warning');
    expect(summary(2, 0)).toBe('2 errors, 0 warnings');
  });

  it('Indonesian and Korean (one form) read the same for 1 and 2', async () => {
    const id = await tFor('id');
    expect(id('quotes:speakers.quoteCount', { n: 1, count: 1 })).toBe('1 kutipan');
    expect(id('quotes:speakers.quoteCount', { n: 2, count: 2 })).toBe('2 kutipan');
    const ko = await tFor('ko');
    expect(ko('quotes:speakers.quoteCount', { n: 1, count: 1 })).toBe('인용 1건');
    expect(ko('translate:qa.errors', { n: 2, count: 2 })).toBe('오류 2개');
  });
});
