// Library search: case and diacritics ignored, Hangul by syllable, AND of terms, filters, sorting, snippets.
import { describe, it, expect } from 'vitest';
import { SearchIndex, foldForSearch, parseQuery } from '../../../main/core/articles/search';
import type { Article } from '../../../preload/contract/common';

function art(id: string, title: string, body: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    title,
    body,
    lang: 'id',
    status: 'draft',
    dateline: { outlet: '', place: '' },
    byline: '',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: `2024-01-${id.padStart(2, '0')}T00:00:00.000Z`,
    deletedAt: null,
    rev: 1,
    ...extra,
  };
}

const idx = SearchIndex.fromArticles([
  art('1', 'Café di Jakarta', '<p>Kafe baru dibuka. Résumé rencana yang <strong>naïf</strong>.</p>'),
  art('2', '정부 발표', '<p>정부는 오늘 새로운 정책을 발표했다.</p><p>대한민국 정부</p>', { lang: 'ko', status: 'editing' }),
  art('3', 'Ekonomi kreatif', '<p>Ganjar Pranowo memperkuat kerja sama ekonomi kreatif dengan Korea.</p>', { deletedAt: '2024-02-01T00:00:00.000Z' }),
  art('4', 'Zebra crossing', '<p>The MINISTER said the plan for Jakarta is ready and will be long, long, long.</p>', { lang: 'en', status: 'ready' }),
  art('5', 'apel dan Jeruk', '<p>Harga apel naik di pasar Semarang.</p>'),
]);

describe('folding', () => {
  it('lower-cases, strips diacritics, keeps Hangul syllables whole', () => {
    expect(foldForSearch('Café RÉSUMÉ naïve Ｆｕｌｌ')).toBe('cafe resume naive full');
    expect(foldForSearch('정부는')).toBe('정부는');
    expect(foldForSearch('정부는'.normalize('NFD'))).toBe('정부는');
    expect(parseQuery('  "Kerja  Sama"  ekonomi ')).toEqual(['kerja sama', 'ekonomi']);
  });
});

describe('SearchIndex.search', () => {
  it('ignores case and diacritics in both directions', () => {
    expect(idx.search({ q: 'cafe' }).hits.map((h) => h.id)).toEqual(['1']);
    expect(idx.search({ q: 'CAFÉ' }).hits.map((h) => h.id)).toEqual(['1']);
    expect(idx.search({ q: 'resume naif' }).hits.map((h) => h.id)).toEqual(['1']);
    expect(idx.search({ q: 'minister' }).hits.map((h) => h.id)).toEqual(['4']);
  });

  it('finds Hangul substrings (a stem inside a word with a particle)', () => {
    const r = idx.search({ q: '정부' });
    expect(r.total).toBe(1);
    const hit = r.hits[0];
    expect(hit.titleHighlights).toEqual([{ start: 0, end: 2 }]);
    expect(hit.snippet).toBe('정부는 오늘 새로운 정책을 발표했다. 대한민국 정부');
    expect(hit.snippetHighlights).toEqual([
      { start: 0, end: 2 },
      { start: 26, end: 28 },
    ]);
    expect(idx.search({ q: '정책을 발표' }).total).toBe(1);
    expect(idx.search({ q: '정책 일본' }).total).toBe(0);
  });

  it('ANDs terms and matches quoted phrases as a whole', () => {
    expect(idx.search({ q: 'jakarta plan' }).hits.map((h) => h.id)).toEqual(['4']);
    expect(idx.search({ q: 'jakarta', trash: 'include' }).total).toBe(2);
    expect(idx.search({ q: '"harga apel"' }).hits.map((h) => h.id)).toEqual(['5']);
    expect(idx.search({ q: '"apel harga"' }).total).toBe(0);
  });

  it('highlights the original text even where folding changed it', () => {
    const hit = idx.search({ q: 'résumé' }).hits[0];
    const { start, end } = hit.snippetHighlights[0];
    expect(hit.snippet.slice(start, end)).toBe('Résumé');
    const t = idx.search({ q: 'cafe' }).hits[0];
    expect(t.title.slice(t.titleHighlights[0].start, t.titleHighlights[0].end)).toBe('Café');
  });

  it('filters by trash, status and language', () => {
    expect(idx.search({ q: 'ganjar' }).total).toBe(0);
    expect(idx.search({ q: 'ganjar', trash: 'only' }).hits.map((h) => h.id)).toEqual(['3']);
    expect(idx.search({ trash: 'include' }).total).toBe(5);
    expect(idx.search({}).total).toBe(4);
    expect(idx.search({ status: 'editing' }).hits.map((h) => h.id)).toEqual(['2']);
    expect(idx.search({ status: ['ready', 'editing'] }).hits.map((h) => h.id).sort()).toEqual(['2', '4']);
    expect(idx.search({ lang: 'en' }).hits.map((h) => h.id)).toEqual(['4']);
  });

  it('sorts by updated (default without a query), title, words and relevance', () => {
    expect(idx.search({}).hits.map((h) => h.id)).toEqual(['5', '4', '2', '1']);
    expect(idx.search({ sort: 'title' }).hits.map((h) => h.title)).toEqual(['apel dan Jeruk', 'Café di Jakarta', 'Zebra crossing', '정부 발표']);
    expect(idx.search({ sort: 'words' }).hits.map((h) => h.id)[0]).toBe('4');
    // Relevance: a title match outranks a body match.
    expect(idx.search({ q: 'jakarta' }).hits.map((h) => h.id)).toEqual(['1', '4']);
  });

  it('pages with limit/offset and reports the total', () => {
    const r = idx.search({ limit: 2, offset: 1 });
    expect(r.total).toBe(4);
    expect(r.hits.map((h) => h.id)).toEqual(['4', '2']);
  });

  it('keeps up with upserts and removals', () => {
    const i = SearchIndex.fromArticles([art('1', 'Lama', '<p>teks lama</p>')]);
    expect(i.search({ q: 'baru' }).total).toBe(0);
    i.upsert(art('1', 'Baru', '<p>teks baru</p>'));
    expect(i.search({ q: 'baru' }).total).toBe(1);
    expect(i.search({ q: 'lama' }).total).toBe(0);
    i.remove('1');
    expect(i.size).toBe(0);
  });

  it('makes a snippet around a match deep in a long body', () => {
    const long = `<p>${'kata '.repeat(300)}Semarang adalah ibu kota. ${'lagi '.repeat(100)}</p>`;
    const hit = SearchIndex.fromArticles([art('9', 'Panjang', long)]).search({ q: 'semarang' }).hits[0];
    expect(hit.snippet.length).toBeLessThanOrEqual(160);
    const h = hit.snippetHighlights[0];
    expect(hit.snippet.slice(h.start, h.end)).toBe('Semarang');
    expect(hit.snippet.startsWith('kata ')).toBe(true);
  });
});
