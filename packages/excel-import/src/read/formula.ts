import { parseCellAddress, parseRange, type CellRange } from '../xlsx/cell-address.js';

/** The numeric value of a referenced cell: a number, `null` when blank, undefined when unknown. */
export type CellLookup = (row: number, column: number) => number | null | undefined;

const REFERENCE = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

function rangesOf(list: string): CellRange[] | undefined {
  const ranges: CellRange[] = [];
  for (const part of list.split(',')) {
    const text = part.trim();
    if (!REFERENCE.test(text)) return undefined;
    const range = parseRange(text.replace(/\$/g, ''));
    if (!range) return undefined;
    ranges.push(range);
  }
  return ranges;
}

/** Sum and count of the numbers in ranges (Excel's SUM and COUNT: blanks are skipped). */
function aggregate(ranges: CellRange[], lookup: CellLookup): { sum: number; count: number } | undefined {
  let scaled = 0;
  let count = 0;
  for (const range of ranges) {
    if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > 10_000) return undefined;
    for (let row = range.top; row <= range.bottom; row++) {
      for (let column = range.left; column <= range.right; column++) {
        const value = lookup(row, column);
        if (value === undefined) return undefined;
        if (value === null) continue;
        scaled += Math.round(value * 1_000_000);
        count += 1;
      }
    }
  }
  return { sum: scaled / 1_000_000, count };
}

/**
 * Evaluates the simple formulas that totals are written with — `SUM(D5:I5)`, `D5+E5-F5`,
 * and the template's `IF(COUNT(D5:I5)=0,"",SUM(D5:I5))` — for a formula saved without its
 * result. Returns a number, `null` for an empty result, or undefined for anything else.
 */
export function evaluateSimpleFormula(formula: string, lookup: CellLookup): number | null | undefined {
  const text = formula.replace(/^=/, '').replace(/\s+/g, '');
  const guarded = /^IF\(COUNT\(([^()]+)\)=0,"",SUM\(([^()]+)\)\)$/i.exec(text);
  if (guarded) {
    const counted = rangesOf(guarded[1]);
    const summed = rangesOf(guarded[2]);
    if (!counted || !summed) return undefined;
    const count = aggregate(counted, lookup);
    const sum = aggregate(summed, lookup);
    if (!count || !sum) return undefined;
    return count.count === 0 ? null : sum.sum;
  }
  const sum = /^SUM\(([^()]+)\)$/i.exec(text);
  if (sum) {
    const ranges = rangesOf(sum[1]);
    return ranges ? aggregate(ranges, lookup)?.sum : undefined;
  }
  if (/^[+-]?\$?[A-Za-z]{1,3}\$?\d+([+-]\$?[A-Za-z]{1,3}\$?\d+)*$/.test(text)) {
    let scaled = 0;
    for (const term of text.match(/[+-]?[^+-]+/g) ?? []) {
      const sign = term.startsWith('-') ? -1 : 1;
      const position = parseCellAddress(term.replace(/^[+-]/, '').replace(/\$/g, ''));
      if (!position) return undefined;
      const value = lookup(position.row, position.column);
      if (value === undefined) return undefined;
      scaled += sign * Math.round((value ?? 0) * 1_000_000);
    }
    return scaled / 1_000_000;
  }
  return undefined;
}
