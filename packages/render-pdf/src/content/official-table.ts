import type { OutlineCell, OutlineTable } from '@report/core/plugin';
import type { PrintCell, PrintTable } from '../layout/print-table.js';
import { singleLine } from '@report/core/plugin';

function align(cell: OutlineCell): PrintCell['align'] {
  if (cell.kind === 'rowLabel' && cell.rowSpan === 1) return 'left';
  if (cell.kind === 'corner') return 'left';
  return 'center';
}

/**
 * A table of the document outline as printed (core's `outlineTable`: the form's grid with merged
 * headers and row labels, header rows, table 二's blocks, value cells with the report's numbers
 * formatted): unfilled cells print empty, grid positions a row does not have are struck through.
 */
export function officialTable(table: OutlineTable): PrintTable {
  const cells: PrintCell[] = table.cells.map((cell) => {
    const base = { row: cell.row, column: cell.column, rowSpan: cell.rowSpan, colSpan: cell.colSpan, kind: cell.kind, align: align(cell) };
    if (cell.kind === 'value' && cell.ref) return { ...base, text: cell.text, role: 'table', noWrap: true, location: { ...cell.ref } };
    return {
      ...base,
      text: singleLine(cell.text),
      role: cell.kind === 'caption' ? 'heading' : 'table',
      ...(cell.kind === 'corner' ? { scale: 0.86 } : {}),
      location: { table: table.id, label: cell.text },
    };
  });
  return {
    rowCount: table.grid.rowCount,
    columnCount: table.grid.columnCount,
    headerRows: table.grid.headerRows,
    cells,
    bands: table.grid.bands,
    uniformValueColumns: true,
    notes: table.notes,
    location: { table: table.id, label: table.title },
  };
}
