import type { DocxCell, DocxTable } from './blocks.js';
import { singleLine } from '@report/core/plugin';

export interface DataColumn {
  header: string;
  /** Numbers: right-aligned, in a narrow column. */
  numeric?: boolean;
}

/** A plain table of the appendix (completeness, members' figures): one header row repeated on each page, then the rows; `footer` rows (totals) last. */
export function dataTable(columns: readonly DataColumn[], rows: ReadonlyArray<readonly string[]>, footer: ReadonlyArray<readonly string[]> = []): DocxTable {
  const cells: DocxCell[] = columns.map((column, index) => ({ row: 0, column: index, rowSpan: 1, colSpan: 1, kind: 'header', text: singleLine(column.header), align: 'center' }));
  [...rows, ...footer].forEach((values, rowIndex) => {
    columns.forEach((column, index) => {
      cells.push({ row: rowIndex + 1, column: index, rowSpan: 1, colSpan: 1, kind: column.numeric ? 'value' : 'rowLabel', text: singleLine(values[index] ?? ''), align: column.numeric ? 'right' : 'left' });
    });
  });
  const rowCount = rows.length + footer.length + 1;
  const valueColumns = new Set(columns.flatMap((column, index) => (column.numeric ? [index] : [])));
  return { rowCount, columnCount: columns.length, headerRows: 1, cells, bands: [{ kind: 'header', startRow: 0, endRow: 1 }], kind: 'data', valueColumns, notes: [] };
}
