import type { CellRange } from './cell-address.js';

/** One cell as stored in the sheet XML. */
export interface RawCell {
  /** 0-based position. */
  row: number;
  column: number;
  /** OOXML cell type: `n` number, `s` shared string, `str` formula text, `inlineStr`, `b` boolean, `e` error, `d` date. */
  type: string;
  /** The stored value as text (the number's digits, the string, the error code); undefined when there is none. */
  value?: string;
  /** Formula text without the leading `=`, when the cell has one. */
  formula?: string;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** A worksheet: its cells with content and its merged ranges. */
export interface Sheet {
  name: string;
  state: SheetState;
  /** Cells by {@link positionKey}. */
  cells: Map<number, RawCell>;
  merges: CellRange[];
  /** One past the last row and column that hold a cell. */
  rowCount: number;
  columnCount: number;
}

/** Map key of a 0-based position (Excel has at most 16,384 columns). */
export function positionKey(row: number, column: number): number {
  return row * 16384 + column;
}

export function getRawCell(sheet: Sheet, row: number, column: number): RawCell | undefined {
  return sheet.cells.get(positionKey(row, column));
}

/** The merged range whose top-left cell is at the position, if any. */
export function mergeAt(sheet: Sheet, row: number, column: number): CellRange | undefined {
  for (const range of sheet.merges) if (range.top === row && range.left === column) return range;
  return undefined;
}

/** The merged range covering the position (anywhere inside it), if any. */
export function mergeCovering(sheet: Sheet, row: number, column: number): CellRange | undefined {
  for (const range of sheet.merges) if (row >= range.top && row <= range.bottom && column >= range.left && column <= range.right) return range;
  return undefined;
}
