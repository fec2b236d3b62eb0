import { type OutlineCell, type OutlineTable } from '@report/core/plugin';
import type { CellAlign, DocxTable } from './blocks.js';
import { singleLine } from '@report/core/plugin';

function align(cell: OutlineCell): CellAlign {
  if (cell.kind === 'corner') return 'left';
  if (cell.kind === 'rowLabel' && cell.rowSpan === 1) return 'left';
  return 'center';
}

/**
 * A table of the document outline as the document prints it: core's printed grid (`layoutTable`,
 * through `outlineTable`) cell for cell, with its spans, header rows and bands; value cells carry the
 * report's numbers as core formats them, unfilled ones print empty.
 */
export function officialTable(table: OutlineTable): DocxTable {
  const valueColumns = new Set<number>();
  for (const cell of table.cells) if (cell.kind === 'value') for (let c = cell.column; c < cell.column + cell.colSpan; c += 1) valueColumns.add(c);
  return {
    rowCount: table.grid.rowCount,
    columnCount: table.grid.columnCount,
    headerRows: table.grid.headerRows,
    cells: table.cells.map((cell) => ({
      row: cell.row,
      column: cell.column,
      rowSpan: cell.rowSpan,
      colSpan: cell.colSpan,
      kind: cell.kind,
      text: cell.kind === 'value' ? cell.text : singleLine(cell.text),
      align: align(cell),
    })),
    bands: table.grid.bands,
    kind: 'official',
    valueColumns,
    notes: table.notes,
  };
}
