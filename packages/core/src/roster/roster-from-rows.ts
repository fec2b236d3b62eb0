import { buildRoster } from './build-roster.js';
import { tableRecords } from './table-records.js';
import type { RosterLoadOptions, RosterLoadResult } from './types.js';

/** A1 column letters of a 0-based column index. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export interface RowsOptions extends RosterLoadOptions {
  /** Sheet row number of `rows[0]` (default 1), when the rows are consecutive. */
  firstRow?: number;
  /**
   * Sheet row number of each of `rows`, when only the rows that hold cells are passed (a sparse
   * sheet: a stray cell at A1048576 is one row, not a million). Wins over `firstRow`.
   */
  rowNumbers?: readonly number[];
}

/**
 * A roster from a table of cells, e.g. a worksheet read by excel-import (`rows[0]` is row
 * `firstRow`, default 1, or `rowNumbers[0]`). The header row may follow a title row; headers are
 * Chinese (名称, 别名, 层级, 统一社会信用代码, 行政区划代码, 上级, 报送期限…) or English. Rows may be
 * sparse arrays (only the columns that hold cells). Diagnostics point at the sheet and cell.
 */
export function rosterFromRows(rows: readonly (readonly unknown[])[], options: RowsOptions = {}): RosterLoadResult {
  const firstRow = options.firstRow ?? 1;
  const rowNumbers = options.rowNumbers;
  const sheet = options.sheet ? { sheet: options.sheet } : {};
  const { records, diagnostics, headerFound } = tableRecords(
    rows,
    (rowIndex, columnIndex) => ({ ...sheet, cell: `${columnLetters(columnIndex ?? 0)}${rowNumbers?.[rowIndex] ?? rowIndex + firstRow}` }),
    options
  );
  if (!headerFound) return { roster: { entries: [], ...(options.file ? { file: options.file } : {}) }, diagnostics };
  const built = buildRoster(records, options);
  return { roster: built.roster, diagnostics: [...diagnostics, ...built.diagnostics] };
}
