import { layoutTable } from '../forms/layout.js';
import type { TableDefinition } from '../forms/types.js';
import { getCell, type Report } from '../model/report.js';
import { formatCellValue } from './format-cell-value.js';
import type { OutlineCell, OutlineTable } from './types.js';

/**
 * A table of the form as printed, from `layoutTable(table)` alone: every merged header and row label
 * with its spans, and each value cell with the report's number, formatted (`formatCellValue`).
 */
export function outlineTable(table: TableDefinition, report: Pick<Report, 'tables'>, definedByForm = true): OutlineTable {
  const grid = layoutTable(table);
  const cells = grid.cells.map((cell): OutlineCell => {
    if (cell.kind !== 'value' || !cell.ref) return cell;
    const ref = cell.ref;
    const value = getCell(report, ref);
    return { ...cell, text: formatCellValue(value, table.columns.find((column) => column.id === ref.column)), value };
  });
  return { id: table.id, title: table.title, definition: table, definedByForm, grid, cells, notes: [...(table.notes ?? [])] };
}
