import { readUint16 } from './bytes.js';
import { dictValue, escaped, readDict, type DictEntry } from './cff-dict.js';
import { readIndex, type CffIndex } from './cff-index.js';

/** One Font DICT of a CID-keyed font (or the single implied one of a name-keyed font) with its Private DICT. */
export interface CffFontDict {
  /** The Font DICT's entries (none for a name-keyed font). */
  entries: DictEntry[];
  privateEntries: DictEntry[];
  localSubrs: CffIndex;
}

/** A parsed CFF table (version 1), read lazily where it is large. */
export interface CffFont {
  /** The font's name, as in the Name INDEX. */
  name: Uint8Array;
  topDict: DictEntry[];
  isCid: boolean;
  charStrings: CffIndex;
  globalSubrs: CffIndex;
  fontDicts: CffFontDict[];
  /** Index into `fontDicts` of a glyph's Font DICT. */
  fontDictOf(glyph: number): number;
}

export const topOperator = {
  charset: 15,
  encoding: 16,
  charStrings: 17,
  private: 18,
  charstringType: escaped(6),
  ros: escaped(30),
  cidCount: escaped(34),
  fdArray: escaped(36),
  fdSelect: escaped(37),
  fontName: escaped(38),
} as const;

export const privateOperator = { subrs: 19 } as const;

const emptyIndex: CffIndex = { count: 0, end: 0, item: () => new Uint8Array(0) };

function readFontDict(data: Uint8Array, entries: DictEntry[]): CffFontDict {
  const [size, offset] = dictValue(entries, topOperator.private) ?? [0, 0];
  if (offset + size > data.length) throw new RangeError('CFF Private DICT runs past the end of the table');
  const privateEntries = readDict(data.subarray(offset, offset + size));
  const subrs = dictValue(privateEntries, privateOperator.subrs)?.[0];
  return { entries, privateEntries, localSubrs: subrs === undefined ? emptyIndex : readIndex(data, offset + subrs) };
}

function readFdSelect(data: Uint8Array, offset: number, glyphCount: number): Uint8Array {
  const format = data[offset];
  if (format === 0) return data.slice(offset + 1, offset + 1 + glyphCount);
  if (format !== 3) throw new RangeError(`CFF FDSelect format ${format} is not supported`);
  const select = new Uint8Array(glyphCount);
  const ranges = readUint16(data, offset + 1);
  for (let range = 0; range < ranges; range++) {
    const record = offset + 3 + range * 3;
    const first = readUint16(data, record);
    const next = readUint16(data, record + 3); // the next range's first glyph, or the sentinel
    select.fill(data[record + 2], first, Math.min(next, glyphCount));
  }
  return select;
}

/** Parses a `CFF ` table: header, Name, Top DICT, String (skipped) and Global Subr INDEXes, CharStrings, Font and Private DICTs. */
export function readCff(data: Uint8Array): CffFont {
  if (data[0] !== 1) throw new RangeError(`CFF version ${data[0]} is not supported`);
  const names = readIndex(data, data[2]);
  const topDicts = readIndex(data, names.end);
  const strings = readIndex(data, topDicts.end);
  const globalSubrs = readIndex(data, strings.end);
  const topDict = readDict(topDicts.item(0));
  const charstringType = dictValue(topDict, topOperator.charstringType)?.[0] ?? 2;
  if (charstringType !== 2) throw new RangeError(`Type ${charstringType} charstrings are not supported`);
  const charStringsOffset = dictValue(topDict, topOperator.charStrings)?.[0];
  if (charStringsOffset === undefined) throw new RangeError('CFF font without CharStrings');
  const charStrings = readIndex(data, charStringsOffset);
  const isCid = dictValue(topDict, topOperator.ros) !== undefined;
  if (!isCid) {
    const only = readFontDict(data, topDict);
    return { name: names.item(0), topDict, isCid, charStrings, globalSubrs, fontDicts: [{ ...only, entries: [] }], fontDictOf: () => 0 };
  }
  const fdArray = readIndex(data, dictValue(topDict, topOperator.fdArray)?.[0] ?? 0);
  const fontDicts = Array.from({ length: fdArray.count }, (_, index) => readFontDict(data, readDict(fdArray.item(index))));
  const fdSelectOffset = dictValue(topDict, topOperator.fdSelect)?.[0];
  const select = fdSelectOffset === undefined ? new Uint8Array(charStrings.count) : readFdSelect(data, fdSelectOffset, charStrings.count);
  return {
    name: names.item(0),
    topDict,
    isCid,
    charStrings,
    globalSubrs,
    fontDicts,
    fontDictOf: (glyph) => {
      const fd = select[glyph];
      if (fd === undefined || fd >= fontDicts.length) throw new RangeError(`glyph ${glyph} has no Font DICT`);
      return fd;
    },
  };
}
