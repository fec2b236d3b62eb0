/** Column letters for a 0-based column index: 0 → `A`, 26 → `AA`. */
export function columnLetters(column: number): string {
  let letters = '';
  let n = column + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of column letters: `A` → 0. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** A1 address of a 0-based position. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** 0-based position of an A1 address (`$` allowed), or undefined. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  return { row: Number(match[2]) - 1, column: columnIndex(match[1].toUpperCase()) };
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B2:D4` (or `B2`) as a 0-based inclusive range. */
export function parseRange(reference: string): CellRange | undefined {
  const [first, second] = reference.split(':');
  const start = parseCellAddress(first);
  const end = second ? parseCellAddress(second) : start;
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${cellAddress(range.bottom, range.right)}`;
}
