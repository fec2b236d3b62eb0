import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontsourceBytes } from '../__fixtures__/font-files.js';
import { isWoff, woffToSfnt } from './woff.js';

describe('woffToSfnt', () => {
  const woff = fontsourceBytes(400);
  const sfnt = woffToSfnt(woff);

  it('rebuilds a TrueType font with the WOFF tables inflated', () => {
    expect(isWoff(woff)).toBe(true);
    expect(isWoff(sfnt)).toBe(false);
    expect([...sfnt.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    const view = new DataView(woff.buffer, woff.byteOffset);
    expect(sfnt.length).toBeGreaterThanOrEqual(view.getUint32(16)); // totalSfntSize, before table padding
  });

  it('holds the same font: glyph count, names and every character of the WOFF', () => {
    const original = create(woff) as Font & { numGlyphs: number; characterSet: number[] };
    const inflated = create(sfnt) as Font & { numGlyphs: number; characterSet: number[] };
    expect(inflated.numGlyphs).toBe(original.numGlyphs);
    expect(inflated.postscriptName).toBe(original.postscriptName);
    expect(inflated.characterSet.length).toBeGreaterThan(7000);
    for (const codePoint of [0x653f, 0x5e9c, 0x4fe1, 0x606f, 0xff08, 0x3001, 0x31]) {
      expect(inflated.glyphForCodePoint(codePoint).advanceWidth).toBe(original.glyphForCodePoint(codePoint).advanceWidth);
    }
  });

  it('refuses what is not WOFF, and a truncated file', () => {
    expect(() => woffToSfnt(sfnt)).toThrow('not a WOFF 1.0 file');
    expect(() => woffToSfnt(woff.subarray(0, 4096))).toThrow('truncated WOFF file');
  });
});
