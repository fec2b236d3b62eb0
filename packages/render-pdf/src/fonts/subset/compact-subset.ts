import type { CffFont } from './cff-font.js';
import { subsetCff } from './cff-subset.js';

/** What pdfkit uses of a fontkit subset: glyph IDs in, the font program out; `cff` set means CFF. */
export interface PdfkitSubset {
  cff?: unknown;
  includeGlyph(glyph: number | { id: number }): number;
  encode(): Uint8Array;
}

/**
 * A CFF subset for pdfkit, in place of fontkit's: glyphs are numbered in the order pdfkit asks
 * for them (`.notdef` first), as fontkit does, and the program is `subsetCff`'s. A font that
 * `subsetCff` cannot rewrite (e.g. charstrings using arithmetic operators) is embedded by
 * `fallback` — fontkit's own subset — with the same glyph numbers.
 */
export class CompactCffSubset implements PdfkitSubset {
  /** pdfkit embeds the program as `CIDFontType0C` when this is set. */
  readonly cff: CffFont;
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(
    cff: CffFont,
    private readonly fallback: () => PdfkitSubset,
  ) {
    this.cff = cff;
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let mapped = this.mapping.get(id);
    if (mapped === undefined) {
      mapped = this.glyphs.push(id) - 1;
      this.mapping.set(id, mapped);
    }
    return mapped;
  }

  /** Original glyph IDs, in subset order. */
  get glyphIds(): readonly number[] {
    return this.glyphs;
  }

  encode(): Uint8Array {
    try {
      return subsetCff(this.cff, this.glyphs);
    } catch {
      const subset = this.fallback();
      for (const glyph of this.glyphs) subset.includeGlyph(glyph);
      return subset.encode();
    }
  }
}
