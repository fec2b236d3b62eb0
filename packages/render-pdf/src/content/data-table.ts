import type { DiagnosticLocation } from '@report/core';
import type { PrintCell, PrintTable } from '../layout/print-table.js';
import { singleLine } from '@report/core/plugin';

export interface DataColumn {
  header: string;
  /** Numbers are right-aligned and never wrap. */
  numeric?: boolean;
  /** The column naming each row (an organ, an item): it gets its width first. */
  label?: boolean;
}

/**
 * A plain table of the appendix (completeness, members' figures): one header row repeated on each
 * page, then rows of text and numbers; `footer` rows (totals) come last.
 */
export function dataTable(columns: readonly DataColumn[], rows: ReadonlyArray<readonly string[]>, location: DiagnosticLocation, footer: ReadonlyArray<readonly string[]> = []): PrintTable {
  const cells: PrintCell[] = columns.map((column, index) => ({
    row: 0,
    column: index,
    rowSpan: 1,
    colSpan: 1,
    kind: 'header',
    text: singleLine(column.header),
    align: 'center',
    role: 'table',
    location,
  }));
  [...rows, ...footer].forEach((values, rowIndex) => {
    values.forEach((text, index) => {
      const numeric = columns[index]?.numeric === true;
      cells.push({
        row: rowIndex + 1,
        column: index,
        rowSpan: 1,
        colSpan: 1,
        kind: columns[index]?.label ? 'rowLabel' : 'value',
        text: singleLine(text),
        align: numeric ? 'right' : 'left',
        role: 'table',
        noWrap: numeric,
        location,
      });
    });
  });
  const rowCount = rows.length + footer.length + 1;
  return { rowCount, columnCount: columns.length, headerRows: 1, cells, bands: [{ kind: 'header', startRow: 0, endRow: 1 }], location };
}
