import { describe, expect, it } from 'vitest';
import { nameKeyedFont, ops } from '../__fixtures__/font-programs.js';
import { readCff } from './cff-font.js';
import { CompactCffSubset, type PdfkitSubset } from './compact-subset.js';
import { subsetCff } from './cff-subset.js';

/** A stand-in for fontkit's subset (`.notdef` first, each glyph once) that records what it is given. */
function recordingSubset(): PdfkitSubset & { included: number[] } {
  const included: number[] = [0];
  return {
    included,
    includeGlyph: (glyph) => {
      const id = typeof glyph === 'number' ? glyph : glyph.id;
      return included.includes(id) ? included.indexOf(id) : included.push(id) - 1;
    },
    encode: () => Uint8Array.of(0xfa, 0x11),
  };
}

describe('CompactCffSubset', () => {
  it('numbers glyphs in the order pdfkit asks for them, .notdef first, each once', () => {
    const subset = new CompactCffSubset(readCff(nameKeyedFont()), recordingSubset);
    expect([subset.includeGlyph(2), subset.includeGlyph({ id: 1 }), subset.includeGlyph(2), subset.includeGlyph(0)]).toEqual([1, 2, 1, 0]);
    expect(subset.glyphIds).toEqual([0, 2, 1]);
    expect(subset.cff).toBeDefined(); // pdfkit embeds it as CIDFontType0C
    expect(subset.encode()).toEqual(subsetCff(readCff(nameKeyedFont()), [0, 2, 1]));
  });

  it('hands a font it cannot rewrite to the fallback subset, with the same glyph numbers', () => {
    const arithmetic = nameKeyedFont([0, 0, [21], 3, 4, [12, 10], 500, [5], [14]]); // `add` computes an operand
    let fallback: ReturnType<typeof recordingSubset> | undefined;
    const subset = new CompactCffSubset(readCff(arithmetic), () => (fallback = recordingSubset()));
    subset.includeGlyph(2);
    subset.includeGlyph(1);
    expect(subset.encode()).toEqual(Uint8Array.of(0xfa, 0x11));
    expect(fallback?.included).toEqual([0, 2, 1]);
  });
});
