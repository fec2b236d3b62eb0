/// <reference path="../../types/fontkit.d.ts" />
import { readFileSync } from 'node:fs';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { hasNotoSerifCollection, notoSerifCollection } from '../../__fixtures__/font-files.js';
import { charstringWidth, nameKeyedFont, openTypeWithCff, type OutlineFont } from '../__fixtures__/font-programs.js';
import { parseFont } from '../load-font.js';
import { readCff } from './cff-font.js';
import { subsetCff } from './cff-subset.js';
import { cffFontOf } from './font-program.js';

function expectSameOutlines(subset: OutlineFont, original: OutlineFont, glyphs: readonly number[]): void {
  expect(subset.numGlyphs).toBe(glyphs.length);
  const outlines = (font: OutlineFont, ids: readonly number[]) => ids.map((id) => font.getGlyph(id).path.toSVG());
  expect(outlines(subset, glyphs.map((_, index) => index))).toEqual(outlines(original, glyphs));
}

describe('subsetCff', () => {
  it('makes a name-keyed font CID-keyed: the chosen glyphs, same outlines and widths, no subroutines', () => {
    const original = nameKeyedFont();
    const subset = subsetCff(readCff(original), [0, 2]);
    const parsed = readCff(subset);
    expect(parsed.isCid).toBe(true);
    expect(parsed.charStrings.count).toBe(2);
    expect(parsed.globalSubrs.count).toBe(0);
    expect(parsed.fontDicts.map((dict) => dict.localSubrs.count)).toEqual([0]);
    expectSameOutlines(openTypeWithCff(subset, 2), openTypeWithCff(original, 3), [0, 2]);
    const { privateEntries } = parsed.fontDicts[0];
    expect([0, 1].map((glyph) => charstringWidth(parsed.charStrings.item(glyph), privateEntries))).toEqual([500, 500]);
    // Glyph 1 has an explicit width: 650 + nominalWidthX 600.
    expect(charstringWidth(readCff(subsetCff(readCff(original), [0, 1])).charStrings.item(1), privateEntries)).toBe(1250);
  });

  describe.skipIf(!hasNotoSerifCollection)('Noto Serif CJK SC (CID-keyed, from a collection)', () => {
    const text = '中华人民共和国政府信息公开条例（一）主动公开、依申请公开。2024年第二十条0123456789';
    let font: Font & OutlineFont;
    let glyphs: number[];
    let subset: Uint8Array;
    it('keeps every glyph the text uses, drawn exactly as the full face draws it', () => {
      const bytes = new Uint8Array(readFileSync(notoSerifCollection));
      const parsed = parseFont(bytes, 'NotoSerifCJKsc-Regular');
      font = parsed.font as Font & OutlineFont;
      glyphs = [0, ...new Set(Array.from(text, (character) => font.glyphForCodePoint(character.codePointAt(0)!).id))];
      subset = subsetCff(cffFontOf(font)!, glyphs);
      expect(font.postscriptName).toBe('NotoSerifCJKsc-Regular');
      expectSameOutlines(openTypeWithCff(subset, glyphs.length), font, glyphs);
    });

    it('encodes the same advance widths as the face’s metrics, with only the Font DICTs used and no subroutines', () => {
      const parsed = readCff(subset);
      const widths = glyphs.map((_, index) => charstringWidth(parsed.charStrings.item(index), parsed.fontDicts[parsed.fontDictOf(index)].privateEntries));
      expect(widths).toEqual(glyphs.map((glyph) => font.getGlyph(glyph).advanceWidth));
      const original = cffFontOf(font)!;
      const used = new Set(glyphs.map((glyph) => original.fontDictOf(glyph)));
      expect(parsed.fontDicts.length).toBe(used.size);
      expect(original.fontDicts.length).toBeGreaterThan(used.size);
      expect(parsed.globalSubrs.count + parsed.fontDicts.reduce((sum, dict) => sum + dict.localSubrs.count, 0)).toBe(0);
    });
  });
});
