/** What a fixture cell holds, before it is written by one of the writers. */
export type SpecValue =
  | string
  | number
  | boolean
  | null
  | { formula: string; result?: number | string; error?: string }
  | { rich: string[]; phonetic?: string };

/** A worksheet described cell by cell (0-based positions), with merges. */
export class SheetSpec {
  readonly cells = new Map<string, { row: number; column: number; value: SpecValue }>();
  readonly merges: Array<[number, number, number, number]> = [];
  columnWidths: number[] = [];

  constructor(
    readonly name: string,
    readonly state: 'visible' | 'hidden' = 'visible',
  ) {}

  set(row: number, column: number, value: SpecValue): this {
    if (value === null || value === undefined) this.cells.delete(`${row}/${column}`);
    else this.cells.set(`${row}/${column}`, { row, column, value });
    return this;
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    if (bottom > top || right > left) this.merges.push([top, left, bottom, right]);
    return this;
  }

  /** Cells in reading order. */
  ordered(): Array<{ row: number; column: number; value: SpecValue }> {
    return [...this.cells.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  }
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function address(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}
