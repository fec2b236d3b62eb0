import { readOffset, readUint16, type ByteWriter } from './bytes.js';

/** A CFF INDEX (a counted array of byte strings), read lazily: a CJK font's has 65,535 entries. */
export interface CffIndex {
  count: number;
  /** Offset just past the INDEX. */
  end: number;
  item(index: number): Uint8Array;
}

export function readIndex(data: Uint8Array, offset: number): CffIndex {
  const count = readUint16(data, offset);
  if (count === 0) return { count, end: offset + 2, item: () => new Uint8Array(0) };
  const offSize = data[offset + 2];
  if (offSize < 1 || offSize > 4) throw new RangeError(`bad CFF INDEX offset size ${offSize}`);
  const offsets = offset + 3;
  const base = offsets + (count + 1) * offSize - 1; // offsets count from 1
  const at = (index: number) => base + readOffset(data, offsets + index * offSize, offSize);
  const end = at(count);
  if (end > data.length) throw new RangeError('CFF INDEX runs past the end of the table');
  return {
    count,
    end,
    item(index: number): Uint8Array {
      if (index < 0 || index >= count) throw new RangeError(`no entry ${index} in a CFF INDEX of ${count}`);
      return data.subarray(at(index), at(index + 1));
    },
  };
}

function offSizeFor(dataLength: number): number {
  const largest = dataLength + 1;
  return largest < 0x100 ? 1 : largest < 0x10000 ? 2 : largest < 0x1000000 ? 3 : 4;
}

function dataLength(items: readonly Uint8Array[]): number {
  return items.reduce((sum, item) => sum + item.length, 0);
}

/** Bytes `writeIndex` writes for `items`. */
export function indexSize(items: readonly Uint8Array[]): number {
  if (items.length === 0) return 2;
  const length = dataLength(items);
  return 3 + (items.length + 1) * offSizeFor(length) + length;
}

export function writeIndex(writer: ByteWriter, items: readonly Uint8Array[]): void {
  writer.uint16(items.length);
  if (items.length === 0) return;
  const offSize = offSizeFor(dataLength(items));
  writer.uint8(offSize);
  let position = 1;
  writer.offset(position, offSize);
  for (const item of items) {
    position += item.length;
    writer.offset(position, offSize);
  }
  for (const item of items) writer.bytes(item);
}
