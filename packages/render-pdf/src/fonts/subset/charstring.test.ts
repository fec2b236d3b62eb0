import { describe, expect, it } from 'vitest';
import { ByteWriter } from './bytes.js';
import { integerOperand } from './cff-dict.js';
import { readIndex, writeIndex, type CffIndex } from './cff-index.js';
import { desubroutinize, subroutineBias, UnsupportedCharstring } from './charstring.js';

/** Charstring bytes from numbers (operands) and `op(...)` operators. */
const op = (...bytes: number[]) => ({ op: bytes });
function code(...parts: Array<number | { op: number[] }>): Uint8Array {
  const writer = new ByteWriter();
  for (const part of parts) writer.bytes(typeof part === 'number' ? integerOperand(part) : part.op);
  return writer.result();
}

function index(items: Uint8Array[]): CffIndex {
  const writer = new ByteWriter();
  writeIndex(writer, items);
  return readIndex(writer.result(), 0);
}

const rmoveto = op(21);
const rlineto = op(5);
const endchar = op(14);
const callsubr = op(10);
const callgsubr = op(29);
const ret = op(11);
const hstem = op(1);
const hintmask = op(19);

describe('desubroutinize', () => {
  it('inlines local and global subroutines, numbered with their bias, operands before a call passed on', () => {
    const local = index([code(rlineto, ret), code(30, 40, rlineto, ret)]);
    const global = index([code(-106, callsubr, ret)]); // a global subroutine calling local subroutine 1
    const glyph = code(500, 10, 20, rmoveto, 1, 2, -107, callsubr, -107, callgsubr, endchar);
    expect(subroutineBias(2)).toBe(107);
    expect(desubroutinize(glyph, { global, local })).toEqual(code(500, 10, 20, rmoveto, 1, 2, rlineto, 30, 40, rlineto, endchar));
  });

  it('uses the bias of a large INDEX (1131 from 1,240 subroutines, 32768 from 33,900)', () => {
    expect([subroutineBias(1239), subroutineBias(1240), subroutineBias(33899), subroutineBias(33900)]).toEqual([107, 1131, 1131, 32768]);
    const local = index(Array.from({ length: 1300 }, (_, number) => code(number, 0, rlineto, ret)));
    const glyph = code(0, 0, rmoveto, 1299 - 1131, callsubr, endchar);
    expect(desubroutinize(glyph, { global: index([]), local })).toEqual(code(0, 0, rmoveto, 1299, 0, rlineto, endchar));
  });

  it('ends the glyph at an endchar inside a subroutine', () => {
    const local = index([code(5, 5, rlineto, endchar)]);
    expect(desubroutinize(code(0, 0, rmoveto, -107, callsubr, 9, 9, rlineto), { global: index([]), local })).toEqual(code(0, 0, rmoveto, 5, 5, rlineto, endchar));
  });

  it('keeps the hints: mask bytes sized by the stems counted so far, an implicit vstem included', () => {
    // 5 hstems in a subroutine + 6 operands before hintmask (3 implicit vstems) = 8 stems: one mask byte;
    // 7 operand pairs there (7 implicit vstems) = 12 stems: two mask bytes (the second, 0x0e, would read as endchar).
    const local = index([code(10, 20, 40, 20, 80, 20, 120, 20, 160, 20, hstem, ret)]);
    const tail = code(0, 0, rmoveto, endchar);
    const one = new Uint8Array([...code(-107, callsubr, 1, 2, 3, 4, 5, 6, hintmask), 0xff, ...tail]);
    const stems = code(10, 20, 40, 20, 80, 20, 120, 20, 160, 20, hstem);
    expect(desubroutinize(one, { global: index([]), local })).toEqual(new Uint8Array([...stems, ...code(1, 2, 3, 4, 5, 6, hintmask), 0xff, ...tail]));
    const two = new Uint8Array([...code(-107, callsubr, ...Array.from({ length: 14 }, (_, i) => i), hintmask), 0xff, 0x0e, ...tail]);
    expect(desubroutinize(two, { global: index([]), local })).toEqual(new Uint8Array([...stems, ...code(...Array.from({ length: 14 }, (_, i) => i), hintmask), 0xff, 0x0e, ...tail]));
    // 9 stems need two mask bytes: the byte after the first (here 0x0b, which is also `return`) is mask, not code.
    const nine = new Uint8Array([...code(...Array.from({ length: 18 }, (_, i) => i), hstem, hintmask), 0xff, 0x0b, ...code(0, 0, rmoveto, endchar)]);
    expect(desubroutinize(nine, { global: index([]), local })).toEqual(nine);
  });

  it('refuses what it cannot rewrite: arithmetic operators, accented endchar, missing subroutines, runaway recursion', () => {
    const none = { global: index([]), local: index([]) };
    expect(() => desubroutinize(code(1, 2, op(12, 10), endchar), none)).toThrow(UnsupportedCharstring); // add
    expect(() => desubroutinize(code(0, 0, 65, 97, endchar), none)).toThrow('accent');
    expect(() => desubroutinize(code(0, callsubr, endchar), none)).toThrow('no subroutine');
    const looping = index([code(-107, callsubr, ret)]);
    expect(() => desubroutinize(code(-107, callsubr, endchar), { global: index([]), local: looping })).toThrow('too deep');
  });
});
