/// <reference path="../../types/fontkit.d.ts" />
import { create, type Font } from 'fontkit';
import { ByteWriter } from '../subset/bytes.js';
import { dictValue, integerOperand, offsetOperand, writeDict, type DictEntry } from '../subset/cff-dict.js';
import { topOperator } from '../subset/cff-font.js';
import { indexSize, writeIndex } from '../subset/cff-index.js';
import { operandLength, operandValue } from '../subset/charstring.js';
import { writeSfnt } from '../subset/sfnt-tables.js';

/** The outline-reading part of a fontkit face (fontkit ships no types). */
export type OutlineFont = Font & { numGlyphs: number; getGlyph(id: number): { advanceWidth: number; path: { toSVG(): string } } };

/**
 * A bare CFF program (what a PDF embeds as `FontFile3`) in a minimal OpenType wrapper, so that
 * fontkit — an independent reader — can parse it and draw its glyphs.
 */
export function openTypeWithCff(cff: Uint8Array, glyphCount: number): OutlineFont {
  const head = new Uint8Array(54);
  const headView = new DataView(head.buffer);
  headView.setUint32(0, 0x00010000);
  headView.setUint32(12, 0x5f0f3cf5); // magicNumber
  headView.setUint16(18, 1000); // unitsPerEm (outlines are compared in font units)
  const hhea = new Uint8Array(36);
  hhea.set([0, 1, 0, 0]);
  new DataView(hhea.buffer).setUint16(34, 1); // numberOfHMetrics
  const maxp = new Uint8Array(32); // fontkit reads every field of version 1.0
  maxp.set([0, 1, 0, 0, glyphCount >> 8, glyphCount & 0xff]);
  const hmtx = Uint8Array.of(0x03, 0xe8, 0, 0); // one advance of 1000
  const sfnt = writeSfnt(0x4f54544f /* 'OTTO' */, [
    { tag: 'CFF ', data: cff },
    { tag: 'head', data: head },
    { tag: 'hhea', data: hhea },
    { tag: 'maxp', data: maxp },
    { tag: 'hmtx', data: hmtx },
  ]);
  return create(sfnt) as OutlineFont;
}

const stackClearing = new Map<number, number>([
  [1, 0], [3, 0], [18, 0], [23, 0], // stems: an even count
  [19, 0], [20, 0], // hintmask, cntrmask (an implicit vstem: even)
  [21, 2], [22, 1], [4, 1], // rmoveto, hmoveto, vmoveto
  [14, 0], // endchar
]);

/**
 * The advance width a self-contained (desubroutinized) Type 2 charstring encodes: an extra first
 * operand of its first stack-clearing operator plus `nominalWidthX`, else `defaultWidthX`.
 */
export function charstringWidth(charstring: Uint8Array, privateDict: readonly DictEntry[]): number {
  const nominal = dictValue(privateDict, 21)?.[0] ?? 0;
  const fallback = dictValue(privateDict, 20)?.[0] ?? 0;
  const operands: number[] = [];
  for (let offset = 0; offset < charstring.length; ) {
    const length = operandLength(charstring[offset]);
    if (length > 0) {
      operands.push(operandValue(charstring, offset));
      offset += length;
      continue;
    }
    const expected = stackClearing.get(charstring[offset]);
    if (expected === undefined) throw new Error(`operator ${charstring[offset]} before the first stack-clearing operator`);
    const extra = expected === 0 ? operands.length % 2 === 1 : operands.length > expected;
    return extra ? operands[0] + nominal : fallback;
  }
  return fallback;
}

/** Charstring bytes: numbers are operands, arrays operator bytes. */
export function ops(...parts: Array<number | number[]>): Uint8Array {
  const writer = new ByteWriter();
  for (const part of parts) writer.bytes(typeof part === 'number' ? integerOperand(part) : part);
  return writer.result();
}

/**
 * A small name-keyed CFF font (as a Latin OpenType font has): glyph 1 draws a box through a local
 * subroutine, glyph 2 (by default) a triangle through a global one that calls a local one.
 */
export function nameKeyedFont(glyph2: Array<number | number[]> = [0, 0, [21], -107, [29], 300, 500, [5], [14]]): Uint8Array {
  const charStrings = [ops([14]), ops(650, 100, 0, [21], -107, [10], [14]), ops(...glyph2)];
  const localSubrs = [ops(400, 0, 0, 600, -400, 0, [5], [11]), ops(300, -500, [5], [11])];
  const globalSubrs = [ops(200, 100, [5], -106, [10], [11])];
  const privateDict = (subrs: number) => writeDict([
    { operator: 20, raw: integerOperand(500) },
    { operator: 21, raw: integerOperand(600) },
    { operator: 19, raw: offsetOperand(subrs) },
  ]);
  const topDict = (charStringsAt: number, privateAt: number, privateSize: number) => writeDict([
    { operator: topOperator.charStrings, raw: offsetOperand(charStringsAt) },
    { operator: topOperator.private, raw: new Uint8Array([...offsetOperand(privateSize), ...offsetOperand(privateAt)]) },
  ]);
  const name = new TextEncoder().encode('TestFont');
  const privateSize = privateDict(0).length;
  const charStringsAt = 4 + indexSize([name]) + indexSize([topDict(0, 0, 0)]) + indexSize([]) + indexSize(globalSubrs);
  const privateAt = charStringsAt + indexSize(charStrings);
  const writer = new ByteWriter().bytes([1, 0, 4, 4]);
  writeIndex(writer, [name]);
  writeIndex(writer, [topDict(charStringsAt, privateAt, privateSize)]);
  writeIndex(writer, []);
  writeIndex(writer, globalSubrs);
  writeIndex(writer, charStrings);
  writer.bytes(privateDict(privateSize));
  writeIndex(writer, localSubrs);
  return writer.result();
}

