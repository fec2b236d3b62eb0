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

/** Column letters by column index, made when first needed (Excel has at most 16,384 columns). */
const lettersOf: string[] = [];

/** A1 address of a 0-based position. */
export function cellAddress(row: number, column: number): string {
  const letters = column >= 0 && column < 16384 ? (lettersOf[column] ??= columnLetters(column)) : columnLetters(column);
  return `${letters}${row + 1}`;
}

/** 0-based position of an A1 address (`$` allowed), or undefined. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  // By hand, as `/^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/` on the trimmed text would read it.
  const text = address.trim();
  let i = text.charCodeAt(0) === 36 ? 1 : 0;
  let column = 0;
  const lettersStart = i;
  for (let code = text.charCodeAt(i); (code >= 65 && code <= 90) || (code >= 97 && code <= 122); code = text.charCodeAt(++i)) {
    column = column * 26 + ((code & ~32) - 64);
  }
  const letters = i - lettersStart;
  if (letters < 1 || letters > 3) return undefined;
  if (text.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsStart = i;
  for (let code = text.charCodeAt(i); code >= 48 && code <= 57; code = text.charCodeAt(++i)) row = row * 10 + (code - 48);
  const digits = i - digitsStart;
  if (digits < 1 || digits > 7 || i !== text.length) return undefined;
  return { row: row - 1, column: column - 1 };
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B2:D4` (or `B2`) as a 0-based inclusive range. */
export function parseRange(reference: string): CellRange | undefined {
  // As `reference.split(':')` would give the first two pieces.
  const colon = reference.indexOf(':');
  const first = colon < 0 ? reference : reference.slice(0, colon);
  const nextColon = colon < 0 ? -1 : reference.indexOf(':', colon + 1);
  const second = colon < 0 ? undefined : reference.slice(colon + 1, nextColon < 0 ? reference.length : nextColon);
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
