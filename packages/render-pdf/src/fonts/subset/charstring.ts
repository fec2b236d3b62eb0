import { ByteWriter } from './bytes.js';
import type { CffIndex } from './cff-index.js';

/** The subroutines a Type 2 charstring may call: the font's global ones and its Font DICT's local ones. */
export interface Subroutines {
  global: CffIndex;
  local: CffIndex;
}

/** Thrown for a charstring this package does not rewrite (the caller then embeds another way). */
export class UnsupportedCharstring extends Error {}

/** Type 2 charstring operators that need more than copying. */
const operator = {
  hstem: 1,
  vstem: 3,
  callsubr: 10,
  return: 11,
  escape: 12,
  endchar: 14,
  hstemhm: 18,
  hintmask: 19,
  cntrmask: 20,
  vstemhm: 23,
  callgsubr: 29,
} as const;

/** Path operators, copied with their operands (`rmoveto`, `rlineto`, `rrcurveto`… `hvcurveto`). */
const pathOperators = new Set([4, 5, 6, 7, 8, 21, 22, 24, 25, 26, 27, 30, 31]);
const stemOperators = new Set<number>([operator.hstem, operator.vstem, operator.hstemhm, operator.vstemhm]);
/** `12 34`…`12 37`: hflex, flex, hflex1, flex1. The other escaped operators (arithmetic, storage) are not supported. */
const flexOperators = new Set([34, 35, 36, 37]);
/** Type 2 allows ten levels of subroutine calls. */
const maxDepth = 10;

/** The number added to a subroutine number in a charstring (Type 2 charstrings, "bias"). */
export function subroutineBias(count: number): number {
  return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
}

/** Length in bytes of the operand starting with `b0`, or 0 when `b0` is an operator. */
export function operandLength(b0: number): number {
  if (b0 >= 32 && b0 <= 246) return 1;
  if (b0 >= 247 && b0 <= 254) return 2;
  if (b0 === 28) return 3;
  if (b0 === 255) return 5;
  return 0;
}

/** The value of the operand at `offset` (see `operandLength`). */
export function operandValue(code: Uint8Array, offset: number): number {
  const b0 = code[offset];
  if (b0 <= 246 && b0 >= 32) return b0 - 139;
  if (b0 <= 250 && b0 >= 247) return (b0 - 247) * 256 + code[offset + 1] + 108;
  if (b0 <= 254 && b0 >= 251) return -(b0 - 251) * 256 - code[offset + 1] - 108;
  const view = new DataView(code.buffer, code.byteOffset + offset + 1, b0 === 28 ? 2 : 4);
  return b0 === 28 ? view.getInt16(0) : view.getInt32(0) / 65536;
}

/**
 * Rewrites a glyph's Type 2 charstring with every subroutine call replaced by the subroutine's
 * code, so the glyph needs no subroutines: the outline and the hints (stems, hint masks) stay
 * exactly as they were. A subset of a few hundred glyphs then carries no subroutine INDEX at all —
 * in a CJK font those hold tens of thousands of entries shared by all 65,535 glyphs.
 */
export function desubroutinize(charstring: Uint8Array, subroutines: Subroutines): Uint8Array {
  const out = new ByteWriter();
  /** Operands read and not yet consumed by an operator: their bytes, and their values. */
  const pending: Uint8Array[] = [];
  const values: number[] = [];
  let stems = 0;
  const globalBias = subroutineBias(subroutines.global.count);
  const localBias = subroutineBias(subroutines.local.count);

  const flush = (...operatorBytes: number[]) => {
    for (const operand of pending) out.bytes(operand);
    out.bytes(operatorBytes);
    pending.length = 0;
    values.length = 0;
  };

  /** Runs `code`; true when the glyph ended (`endchar`), false at a subroutine's `return`. */
  const run = (code: Uint8Array, depth: number): boolean => {
    let offset = 0;
    while (offset < code.length) {
      const b0 = code[offset];
      const length = operandLength(b0);
      if (length > 0) {
        if (offset + length > code.length) throw new UnsupportedCharstring('truncated operand');
        pending.push(code.subarray(offset, offset + length));
        values.push(operandValue(code, offset));
        offset += length;
        continue;
      }
      offset += 1;
      if (b0 === operator.callsubr || b0 === operator.callgsubr) {
        const number = values.pop();
        pending.pop();
        if (number === undefined || depth >= maxDepth) throw new UnsupportedCharstring('subroutine call without a number, or nested too deep');
        const global = b0 === operator.callgsubr;
        const index = global ? subroutines.global : subroutines.local;
        const subroutine = number + (global ? globalBias : localBias);
        if (subroutine < 0 || subroutine >= index.count) throw new UnsupportedCharstring(`no subroutine ${subroutine}`);
        if (run(index.item(subroutine), depth + 1)) return true;
      } else if (b0 === operator.return) {
        if (depth === 0) throw new UnsupportedCharstring('return outside a subroutine');
        return false;
      } else if (b0 === operator.endchar) {
        // endchar with four more operands is the accented-character form (seac), which names glyphs by code.
        if (values.length >= 4) throw new UnsupportedCharstring('endchar with accent operands');
        flush(b0);
        return true;
      } else if (stemOperators.has(b0)) {
        stems += values.length >> 1;
        flush(b0);
      } else if (b0 === operator.hintmask || b0 === operator.cntrmask) {
        stems += values.length >> 1; // operands before the first hintmask are an implicit vstem
        flush(b0);
        const maskLength = (stems + 7) >> 3;
        if (offset + maskLength > code.length) throw new UnsupportedCharstring('truncated hint mask');
        out.bytes(code.subarray(offset, offset + maskLength));
        offset += maskLength;
      } else if (b0 === operator.escape && flexOperators.has(code[offset])) {
        flush(b0, code[offset]);
        offset += 1;
      } else if (pathOperators.has(b0)) {
        flush(b0);
      } else {
        throw new UnsupportedCharstring(`charstring operator ${b0 === operator.escape ? `12 ${code[offset]}` : b0} is not supported`);
      }
    }
    return false;
  };

  run(charstring, 0);
  flush();
  return out.result();
}
