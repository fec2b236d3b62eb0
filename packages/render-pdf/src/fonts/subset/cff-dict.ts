import { ByteWriter } from './bytes.js';

/** A CFF DICT entry: its operator (escaped ones as `0x0c00 | b1`), operand values and their bytes as found. */
export interface DictEntry {
  operator: number;
  operands: number[];
  /** The operands' encoding, copied unchanged into a subset. */
  raw: Uint8Array;
}

export const escaped = (b1: number): number => 0x0c00 | b1;

const realNibbles = '0123456789.E';

function readReal(data: Uint8Array, start: number): { value: number; end: number } {
  let text = '';
  for (let offset = start; offset < data.length; offset++) {
    for (const nibble of [data[offset] >> 4, data[offset] & 0x0f]) {
      if (nibble === 0x0f) return { value: Number(text), end: offset + 1 };
      text += nibble < 12 ? realNibbles[nibble] : nibble === 0x0c ? 'E-' : nibble === 0x0e ? '-' : '';
    }
  }
  throw new RangeError('unterminated real number in a CFF DICT');
}

/** Reads a DICT (Top, Font or Private) into its entries, in order. */
export function readDict(data: Uint8Array): DictEntry[] {
  const entries: DictEntry[] = [];
  let operands: number[] = [];
  let start = 0;
  let offset = 0;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  while (offset < data.length) {
    const b0 = data[offset];
    if (b0 <= 21) {
      const operator = b0 === 12 ? escaped(data[offset + 1]) : b0;
      entries.push({ operator, operands, raw: data.subarray(start, offset) });
      offset += b0 === 12 ? 2 : 1;
      operands = [];
      start = offset;
    } else if (b0 === 28) {
      operands.push(view.getInt16(offset + 1));
      offset += 3;
    } else if (b0 === 29) {
      operands.push(view.getInt32(offset + 1));
      offset += 5;
    } else if (b0 === 30) {
      const real = readReal(data, offset + 1);
      operands.push(real.value);
      offset = real.end;
    } else if (b0 >= 32 && b0 <= 246) {
      operands.push(b0 - 139);
      offset += 1;
    } else if (b0 >= 247 && b0 <= 250) {
      operands.push((b0 - 247) * 256 + data[offset + 1] + 108);
      offset += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      operands.push(-(b0 - 251) * 256 - data[offset + 1] - 108);
      offset += 2;
    } else {
      throw new RangeError(`reserved byte ${b0} in a CFF DICT`);
    }
  }
  return entries;
}

/** The first entry with `operator`, if any. */
export function dictValue(entries: readonly DictEntry[], operator: number): number[] | undefined {
  return entries.find((entry) => entry.operator === operator)?.operands;
}

/** Writes DICT entries: operands as given (`raw`), then the operator. */
export function writeDict(entries: ReadonlyArray<Pick<DictEntry, 'operator' | 'raw'>>): Uint8Array {
  const writer = new ByteWriter();
  for (const entry of entries) {
    writer.bytes(entry.raw);
    if (entry.operator >= 0x0c00) writer.uint8(12).uint8(entry.operator & 0xff);
    else writer.uint8(entry.operator);
  }
  return writer.result();
}

/** An integer operand in its shortest form. */
export function integerOperand(value: number): Uint8Array {
  if (value >= -107 && value <= 107) return Uint8Array.of(value + 139);
  if (value >= 108 && value <= 1131) return Uint8Array.of(((value - 108) >> 8) + 247, (value - 108) & 0xff);
  if (value >= -1131 && value <= -108) return Uint8Array.of(((-value - 108) >> 8) + 251, (-value - 108) & 0xff);
  if (value >= -32768 && value <= 32767) return Uint8Array.of(28, (value >> 8) & 0xff, value & 0xff);
  return offsetOperand(value);
}

/** An integer operand in the fixed 5-byte form, so a DICT's size does not depend on the offsets it holds. */
export function offsetOperand(value: number): Uint8Array {
  return Uint8Array.of(29, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}
