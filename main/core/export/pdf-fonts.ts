// The PDF fonts, parsed once per process and shared by every PDF (a batch of 50 paid the ~100 ms parse 50 times),
// with one shaping cache per font shared the same way: shaping a word through Noto Sans KR's GSUB tables was
// most of what a PDF cost once the parse was gone. pdfkit still subsets per document from the shared parsed
// font, so each PDF embeds only the glyphs it uses. fontkit is the font engine pdfkit itself uses; a direct
// dependency because we hand pdfkit its parsed fonts.
import { create, type FontkitFont, type GlyphRunLike } from 'fontkit';
import { resourceFile } from './resources';

export const PDF_FONTS = { regular: 'fonts/NotoSansKR-Regular.ttf', bold: 'fonts/NotoSansKR-Bold.ttf' };

/** Distinct words shaped per font before the cache starts over (a word costs a few hundred bytes). */
const SHAPE_CACHE_LIMIT = 50_000;

const parsed = new Map<string, FontkitFont>();

/** The parsed font for one of PDF_FONTS (read and parsed on first use). */
export function pdfFont(rel: string): FontkitFont {
  let f = parsed.get(rel);
  if (!f) {
    f = create(resourceFile(rel));
    cacheShaping(f);
    parsed.set(rel, f);
  }
  return f;
}

/**
 * Memoises font.layout(text, features). pdfkit scales the positions of the run it gets IN PLACE, so every call
 * returns fresh position objects over the shared (read-only) glyphs; advanceWidth is summed from those copies.
 */
function cacheShaping(font: FontkitFont): void {
  const shape = font.layout.bind(font);
  const cache = new Map<string, GlyphRunLike>();
  font.layout = (text: string, features?: unknown) => {
    const key = features === undefined ? text : `${text}\u0000${JSON.stringify(features)}`;
    let run = cache.get(key);
    if (!run) {
      if (cache.size >= SHAPE_CACHE_LIMIT) cache.clear();
      run = shape(text, features);
      cache.set(key, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        let w = 0;
        for (const p of positions) w += p.xAdvance;
        return w;
      },
    };
  };
}
