import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWriter } from './bytes.js';
import { escaped, integerOperand, offsetOperand, readDict, writeDict } from './cff-dict.js';
import { indexSize, readIndex, writeIndex } from './cff-index.js';

describe('CFF INDEX', () => {
  it('reads back what it writes, at every offset size, and says how big it is', () => {
    const sizes = [0, 3, 300, 70_000];
    for (const size of sizes) {
      const items = [new Uint8Array(size).fill(7), Uint8Array.of(1, 2, 3), new Uint8Array(0)];
      const writer = new ByteWriter().uint8(99); // not at offset 0
      writeIndex(writer, items);
      const data = writer.result();
      const index = readIndex(data, 1);
      expect(index.count).toBe(3);
      expect(index.end).toBe(data.length);
      expect(indexSize(items)).toBe(data.length - 1);
      expect(items.map((_, i) => [...index.item(i)])).toEqual(items.map((item) => [...item]));
    }
    const empty = new ByteWriter();
    writeIndex(empty, []);
    expect(readIndex(empty.result(), 0)).toMatchObject({ count: 0, end: 2 });
  });

  it('refuses an INDEX that runs past its table', () => {
    const writer = new ByteWriter();
    writeIndex(writer, [new Uint8Array(40)]);
    expect(() => readIndex(writer.result().subarray(0, 20), 0)).toThrow(RangeError);
  });
});

describe('CFF DICT', () => {
  it('reads every integer back from its shortest encoding, and offsets from the fixed 5-byte one', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), (value) => {
        const dict = readDict(writeDict([{ operator: 17, raw: integerOperand(value) }, { operator: escaped(36), raw: offsetOperand(value) }]));
        expect(dict.map((entry) => [entry.operator, entry.operands])).toEqual([
          [17, [value]],
          [escaped(36), [value]],
        ]);
      }),
    );
    expect([-107, 107, 108, 1131, -1131, 1132, 32767, 32768].map((value) => integerOperand(value).length)).toEqual([1, 1, 2, 2, 2, 3, 3, 5]);
  });

  it('reads real numbers and keeps each entry’s operand bytes as found', () => {
    // FontMatrix [0.001 0 0 0.001 0 0] as fonts write it: 1e a0 01 ff is 0.001 (nibbles . 0 0 1 end)
    const matrix = Uint8Array.of(0x1e, 0xa0, 0x01, 0xff, 0x8b, 0x8b, 0x1e, 0xa0, 0x01, 0xff, 0x8b, 0x8b, 12, 7);
    const negative = Uint8Array.of(0x1e, 0xe2, 0xa5, 0xc3, 0xff, 20); // -2.5E-3 defaultWidthX
    const [fontMatrix, width] = readDict(new Uint8Array([...matrix, ...negative]));
    expect(fontMatrix.operator).toBe(escaped(7));
    expect(fontMatrix.operands).toEqual([0.001, 0, 0, 0.001, 0, 0]);
    expect([...fontMatrix.raw]).toEqual([...matrix.subarray(0, 12)]);
    expect(width).toMatchObject({ operator: 20, operands: [-0.0025] });
    expect(writeDict([fontMatrix, width])).toEqual(new Uint8Array([...matrix, ...negative]));
  });
});
