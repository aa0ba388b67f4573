// Search ignores invisible format characters (zero-width space/joiners, soft hyphen, BOM) in text and query.
import { describe, it, expect } from 'vitest';
import { SearchIndex } from '../../../main/core/articles/search';

const base = { lang: 'id' as const, status: 'draft' as const, dateline: { outlet: '', place: '' }, byline: '', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', deletedAt: null, rev: 1 };

describe('search and invisible characters', () => {
  const idx = SearchIndex.fromArticles([
    { ...base, id: 'a', title: 'Banjir', body: '<p>Hujan di Ja\u200Bkarta sejak pagi.</p>' },
    { ...base, id: 'b', title: 'Se\u00ADmarang', body: '<p>Gempa \u2060kecil di Band\u200Dung.</p>' },
    { ...base, id: 'c', title: 'Lain', body: '<p>Tidak ada apa-apa.</p>' },
  ]);
  const ids = (q: string) => idx.search({ q }).hits.map((h) => h.id).sort();

  it('"Jakarta" finds "Ja\\u200Bkarta"', () => expect(ids('Jakarta')).toEqual(['a']));
  it('soft hyphen and joiners do not split words', () => {
    expect(ids('Semarang')).toEqual(['b']);
    expect(ids('Bandung')).toEqual(['b']);
  });
  it('a query holding a zero-width space still matches', () => expect(ids('Jak\u200Barta')).toEqual(['a']));
});
