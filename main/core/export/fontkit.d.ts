// The part of fontkit PDF export uses (fontkit ships no types): parse a font file, shape text with it.
declare module 'fontkit' {
  export interface GlyphPositionLike {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRunLike {
    glyphs: unknown[];
    positions: GlyphPositionLike[];
    readonly advanceWidth: number;
  }
  /** A parsed font; pdfkit's registerFont accepts it in place of a file (it checks for `layout`). */
  export interface FontkitFont {
    layout(text: string, features?: unknown): GlyphRunLike;
    postscriptName: string;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
