/** The part of fontkit's API this package uses (fontkit ships no types). Internal only. */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
  }

  export interface Font {
    type: string;
    postscriptName: string;
    familyName: string;
    fullName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
  }

  export interface FontCollection {
    type: 'TTC' | 'DFont';
    fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}

declare module 'fontkit' {
  /** Adds a font format to the ones `create` probes, in order. */
  export function registerFormat(format: unknown): void;
}
