import { ByteWriter } from './bytes.js';
import { escaped, integerOperand, offsetOperand, writeDict, type DictEntry } from './cff-dict.js';
import { privateOperator, topOperator, type CffFont } from './cff-font.js';
import { indexSize, writeIndex } from './cff-index.js';
import { desubroutinize } from './charstring.js';

/** String IDs of the subset's two strings ('Adobe', 'Identity'): after the 391 standard strings. */
const adobeSid = 391;
const identitySid = 392;
const strings = [new TextEncoder().encode('Adobe'), new TextEncoder().encode('Identity')];

/**
 * Top DICT entries not carried into the subset: names (string IDs into a String INDEX the subset
 * does not keep), the original font's unique IDs (a subset is another font), and the entries
 * the subset writes itself (offsets, ROS, CIDCount).
 */
const droppedTopOperators = new Set<number>([
  0, 1, 2, 3, 4, escaped(0), escaped(21), escaped(22), topOperator.fontName, // version, Notice, FullName, FamilyName, Weight, Copyright, PostScript, BaseFontName, FontName
  13, 14, escaped(35), // UniqueID, XUID, UIDBase
  escaped(20), escaped(23), // SyntheticBase, BaseFontBlend
  topOperator.charset, topOperator.encoding, topOperator.charStrings, topOperator.private,
  topOperator.ros, topOperator.cidCount, topOperator.fdArray, topOperator.fdSelect,
]);
const droppedFontDictOperators = new Set<number>([topOperator.fontName, topOperator.private]);

const entry = (operator: number, ...operands: Uint8Array[]): Pick<DictEntry, 'operator' | 'raw'> => {
  const raw = new ByteWriter();
  for (const operand of operands) raw.bytes(operand);
  return { operator, raw: raw.result() };
};

/** charset: CID n is glyph n (format 2, one range covering glyphs 1…n-1; `.notdef` is implied). */
function identityCharset(glyphCount: number): Uint8Array {
  if (glyphCount < 2) return Uint8Array.of(0);
  return new ByteWriter().uint8(2).uint16(1).uint16(glyphCount - 2).result();
}

/** FDSelect format 3: runs of glyphs sharing a Font DICT. */
function fdSelect(select: readonly number[]): Uint8Array {
  const ranges: Array<[number, number]> = [];
  select.forEach((fd, glyph) => {
    if (ranges.length === 0 || ranges[ranges.length - 1][1] !== fd) ranges.push([glyph, fd]);
  });
  const writer = new ByteWriter().uint8(3).uint16(ranges.length);
  for (const [first, fd] of ranges) writer.uint16(first).uint8(fd);
  return writer.uint16(select.length).result();
}

/**
 * A CID-keyed CFF font holding only `glyphs` (original glyph IDs; the new glyph ID, which is also
 * the CID, is the position in the list, `.notdef` first), for a PDF `FontFile3` of subtype
 * `CIDFontType0C`. Charstrings are desubroutinized (`desubroutinize`); only the Font DICTs the
 * glyphs use are kept, with their Private DICTs minus the subroutines.
 */
export function subsetCff(font: CffFont, glyphs: readonly number[]): Uint8Array {
  const fontDictIndex = new Map<number, number>();
  const select: number[] = [];
  const charStrings = glyphs.map((glyph) => {
    const original = font.fontDictOf(glyph);
    if (!fontDictIndex.has(original)) fontDictIndex.set(original, fontDictIndex.size);
    select.push(fontDictIndex.get(original)!);
    const { localSubrs } = font.fontDicts[original];
    return desubroutinize(font.charStrings.item(glyph), { global: font.globalSubrs, local: localSubrs });
  });
  const usedFontDicts = [...fontDictIndex.keys()].map((index) => font.fontDicts[index]);
  const privateDicts = usedFontDicts.map((dict) => writeDict(dict.privateEntries.filter((item) => item.operator !== privateOperator.subrs)));

  const charset = identityCharset(glyphs.length);
  const fdSelectData = fdSelect(select);
  const topDict = (offsets: { charset: number; fdSelect: number; charStrings: number; fdArray: number }) =>
    writeDict([
      entry(topOperator.ros, integerOperand(adobeSid), integerOperand(identitySid), integerOperand(0)),
      ...font.topDict.filter((item) => !droppedTopOperators.has(item.operator)),
      entry(topOperator.cidCount, integerOperand(glyphs.length)),
      entry(topOperator.charset, offsetOperand(offsets.charset)),
      entry(topOperator.fdSelect, offsetOperand(offsets.fdSelect)),
      entry(topOperator.charStrings, offsetOperand(offsets.charStrings)),
      entry(topOperator.fdArray, offsetOperand(offsets.fdArray)),
    ]);
  const fontDicts = (privateStart: number) => {
    let offset = privateStart;
    return usedFontDicts.map((dict, index) => {
      const size = privateDicts[index].length;
      const written = writeDict([
        ...dict.entries.filter((item) => !droppedFontDictOperators.has(item.operator)),
        entry(topOperator.private, integerOperand(size), offsetOperand(offset)),
      ]);
      offset += size;
      return written;
    });
  };

  // Every offset is written in 5 bytes, so the sizes are known before the offsets are.
  const header = Uint8Array.of(1, 0, 4, 4);
  const nameIndex = [font.name];
  const topDictSize = indexSize([topDict({ charset: 0, fdSelect: 0, charStrings: 0, fdArray: 0 })]);
  const charsetOffset = header.length + indexSize(nameIndex) + topDictSize + indexSize(strings) + indexSize([]);
  const fdSelectOffset = charsetOffset + charset.length;
  const charStringsOffset = fdSelectOffset + fdSelectData.length;
  const fdArrayOffset = charStringsOffset + indexSize(charStrings);
  const privateStart = fdArrayOffset + indexSize(fontDicts(0));

  const writer = new ByteWriter().bytes(header);
  writeIndex(writer, nameIndex);
  writeIndex(writer, [topDict({ charset: charsetOffset, fdSelect: fdSelectOffset, charStrings: charStringsOffset, fdArray: fdArrayOffset })]);
  writeIndex(writer, strings);
  writeIndex(writer, []); // no global subroutines: every charstring is self-contained
  writer.bytes(charset).bytes(fdSelectData);
  writeIndex(writer, charStrings);
  writeIndex(writer, fontDicts(privateStart));
  for (const data of privateDicts) writer.bytes(data);
  if (writer.length !== privateStart + privateDicts.reduce((sum, data) => sum + data.length, 0)) throw new Error('CFF subset layout mismatch');
  return writer.result();
}
