import { readUint16, readUint32 } from './bytes.js';

const COLLECTION_TAG = 0x74746366; // 'ttcf'

function tagName(value: number): string {
  return String.fromCharCode((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}

/** Whether the bytes are a font collection (.ttc / .otc). */
export function isCollection(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && readUint32(bytes, 0) === COLLECTION_TAG;
}

/**
 * The tables of one face of an sfnt (TrueType or OpenType) or of a collection, by tag (`'CFF '`,
 * `'glyf'`…), as views into `bytes`. `faceIndex` picks the face of a collection.
 */
export function sfntTables(bytes: Uint8Array, faceIndex = 0): Map<string, Uint8Array> {
  let directory = 0;
  if (isCollection(bytes)) {
    const faces = readUint32(bytes, 8);
    if (faceIndex < 0 || faceIndex >= faces) throw new RangeError(`the collection has ${faces} faces, not ${faceIndex + 1}`);
    directory = readUint32(bytes, 12 + 4 * faceIndex);
  } else if (faceIndex !== 0) {
    throw new RangeError('a single font has one face');
  }
  const count = readUint16(bytes, directory + 4);
  const tables = new Map<string, Uint8Array>();
  for (let index = 0; index < count; index++) {
    const record = directory + 12 + 16 * index;
    const offset = readUint32(bytes, record + 8);
    const length = readUint32(bytes, record + 12);
    if (offset + length > bytes.length) throw new RangeError(`table ${tagName(readUint32(bytes, record))} runs past the end of the font`);
    tables.set(tagName(readUint32(bytes, record)), bytes.subarray(offset, offset + length));
  }
  return tables;
}

/** A table to write: its tag, its bytes and, when known, its checksum. */
export interface SfntTable {
  tag: string;
  data: Uint8Array;
  checksum?: number;
}

function tagValue(tag: string): number {
  return ((tag.charCodeAt(0) << 24) | (tag.charCodeAt(1) << 16) | (tag.charCodeAt(2) << 8) | tag.charCodeAt(3)) >>> 0;
}

/** The OpenType table checksum: the sum of the table's big-endian 32-bit words (zero-padded). */
export function tableChecksum(data: Uint8Array): number {
  let sum = 0;
  for (let offset = 0; offset < data.length; offset += 4) {
    const word = ((data[offset] << 24) | ((data[offset + 1] ?? 0) << 16) | ((data[offset + 2] ?? 0) << 8) | (data[offset + 3] ?? 0)) >>> 0;
    sum = (sum + word) >>> 0;
  }
  return sum;
}

/** Writes an sfnt: header, table directory (sorted by tag) and the tables, each padded to 4 bytes. */
export function writeSfnt(flavor: number, tables: readonly SfntTable[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => tagValue(a.tag) - tagValue(b.tag));
  const count = sorted.length;
  const directorySize = 12 + 16 * count;
  const size = sorted.reduce((sum, table) => sum + ((table.data.length + 3) & ~3), directorySize);
  const sfnt = new Uint8Array(size);
  const view = new DataView(sfnt.buffer);
  let entrySelector = 0;
  while (1 << (entrySelector + 1) <= count) entrySelector += 1;
  const searchRange = (1 << entrySelector) * 16;
  view.setUint32(0, flavor);
  view.setUint16(4, count);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, count * 16 - searchRange);
  let offset = directorySize;
  sorted.forEach((table, index) => {
    const record = 12 + index * 16;
    view.setUint32(record, tagValue(table.tag));
    view.setUint32(record + 4, table.checksum ?? tableChecksum(table.data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.length);
    sfnt.set(table.data, offset);
    offset += (table.data.length + 3) & ~3;
  });
  return sfnt;
}
