import { getCell, layoutTable, type GridCell, type Report, type TableDefinition } from '@report/core';
import { formatValue } from '../format-value.js';
import type { PrintCell, PrintTable } from '../layout/print-table.js';
import { singleLine } from '../text/clean-text.js';

function align(cell: GridCell): PrintCell['align'] {
  if (cell.kind === 'rowLabel' && cell.rowSpan === 1) return 'left';
  if (cell.kind === 'corner') return 'left';
  return 'center';
}

/**
 * An official table as printed, from `layoutTable(table)` alone (merged headers and row labels with
 * their spans, header rows, table 二's blocks): value cells carry the report's numbers, unfilled
 * cells print empty, grid positions a row does not have are struck through.
 */
export function officialTable(table: TableDefinition, report: Pick<Report, 'tables'>): PrintTable {
  const grid = layoutTable(table);
  const cells: PrintCell[] = grid.cells.map((cell) => {
    const base = { row: cell.row, column: cell.column, rowSpan: cell.rowSpan, colSpan: cell.colSpan, kind: cell.kind, align: align(cell) };
    if (cell.kind === 'value' && cell.ref) {
      const column = table.columns.find((candidate) => candidate.id === cell.ref!.column);
      return { ...base, text: formatValue(getCell(report, cell.ref), column), role: 'table', noWrap: true, location: { ...cell.ref } };
    }
    return {
      ...base,
      text: singleLine(cell.text),
      role: cell.kind === 'caption' ? 'heading' : 'table',
      ...(cell.kind === 'corner' ? { scale: 0.86 } : {}),
      location: { table: table.id, label: cell.text },
    };
  });
  return {
    rowCount: grid.rowCount,
    columnCount: grid.columnCount,
    headerRows: grid.headerRows,
    cells,
    bands: grid.bands,
    uniformValueColumns: true,
    notes: table.notes,
    location: { table: table.id, label: table.title },
  };
}
