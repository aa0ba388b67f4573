// Cutting a big body for the pool (import/split.ts): cleaning the parts one by one gives exactly what cleaning the
// whole gives, and anything the scanner cannot read for certain stays one part.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sanitiseArticleHtml } from '../../../main/core/import';
import { splitForSanitise } from '../../../main/core/import/split';
import { importFile } from '../../../main/core/import';
import { SAMPLE_ARTICLE, SHARED, itWithShared } from '../helpers/paths';

const cleanedInParts = (html: string, size: number) => splitForSanitise(html, size).map(sanitiseArticleHtml).join('');

/** What the editor (TipTap getHTML) sends: lists of paragraphs, links with target/rel, empty paragraphs, br, nbsp. */
function editorBody(paras: string[]): string {
  return paras
    .map((p, i) =>
      i % 7 === 3
        ? `<ul><li><p>${p}</p></li><li><p><strong>${p.slice(0, 20)}</strong></p></li></ul>`
        : i % 11 === 5
          ? `<blockquote><p>"${p}"</p></blockquote><p></p>`
          : i % 5 === 0
            ? `<h2>${p.slice(0, 40)}</h2>`
            : `<p>${p.replace(/ di /, ' <a target="_blank" rel="noopener noreferrer nofollow" href="https://example.org/x?a=1&amp;b=2">di</a> ').replace(/\. /, '.<br>')}&nbsp;</p>`,
    )
    .join('');
}

describe('splitForSanitise', () => {
  const paras = readFileSync(SAMPLE_ARTICLE, 'utf8').split('\n').filter(Boolean);
  const body = editorBody(Array.from({ length: 40 }, (_, i) => paras[i % paras.length]));

  it('cuts only after top-level blocks, and the cleaned parts equal the cleaned whole', () => {
    for (const size of [1, 50, 400, 3000]) {
      const parts = splitForSanitise(body, size);
      expect(parts.join('')).toBe(body);
      if (size < 400) expect(parts.length).toBeGreaterThan(20);
      for (const p of parts.slice(0, -1)) expect(p).toMatch(/<\/(p|h[1-6]|ul|ol|blockquote)>$/);
      expect(cleanedInParts(body, size)).toBe(sanitiseArticleHtml(body));
    }
  });

  it('keeps one part for a body it cannot read for certain: comments, scripts, a stray "<", implied end tags', () => {
    for (const odd of ['<!-- <p>x</p> -->', '<script>"</p>"</script>', '<p>a < b</p>', '<p>tanpa penutup', '<a title="x>y">z</a>', '</p>']) {
      const html = `${body}${odd}${body}`;
      expect(splitForSanitise(html, 100)).toEqual([html]);
    }
  });

  it('still applies the whole body\'s shape limits (a deep nest split into parts is refused)', () => {
    const deep = '<p>x</p>'.repeat(100) + '<div>'.repeat(600) + 'isi' + '</div>'.repeat(600);
    expect(() => splitForSanitise(deep, 10)).toThrow(/limit is 512/);
  });

  itWithShared('real news from ../shared, imported and re-cleaned in parts, is unchanged', async () => {
    const dir = join(SHARED, 'samples/quotes-dev');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const r = await importFile(f, readFileSync(join(dir, f)));
      const again = editorBody(r.body.split(/<\/p>/).map((s) => s.replace(/<[^>]+>/g, '')).filter(Boolean));
      expect(cleanedInParts(again, 200)).toBe(sanitiseArticleHtml(again));
    }
  });
});
