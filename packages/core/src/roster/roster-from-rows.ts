import { buildRoster } from './build-roster.js';
import { tableRecords } from './table-records.js';
import type { RosterLoadOptions, RosterLoadResult } from './types.js';

/** A1 column letters of a 0-based column index. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * A roster from a table of cells, e.g. a worksheet read by excel-import (`rows[0]` is row
 * `firstRow`, default 1). The header row may follow a title row; headers are Chinese (名称,
 * 别名, 层级, 统一社会信用代码, 行政区划代码, 上级, 报送期限…) or English. Diagnostics point at
 * the sheet and cell.
 */
export function rosterFromRows(rows: readonly (readonly unknown[])[], options: RosterLoadOptions & { firstRow?: number } = {}): RosterLoadResult {
  const firstRow = options.firstRow ?? 1;
  const sheet = options.sheet ? { sheet: options.sheet } : {};
  const { records, diagnostics, headerFound } = tableRecords(
    rows,
    (rowIndex, columnIndex) => ({ ...sheet, cell: `${columnLetters(columnIndex ?? 0)}${rowIndex + firstRow}` }),
    options
  );
  if (!headerFound) return { roster: { entries: [], ...(options.file ? { file: options.file } : {}) }, diagnostics };
  const built = buildRoster(records, options);
  return { roster: built.roster, diagnostics: [...diagnostics, ...built.diagnostics] };
}
