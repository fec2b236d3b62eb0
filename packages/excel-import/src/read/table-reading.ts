import type { FormDefinition, TableDefinition } from '@report/core';
import { cellLabel, columnLabel, rowLabel, tableName } from '@report/core/plugin';
import { cellAddress } from '../xlsx/cell-address.js';
import type { DiagnosticSink } from './diagnostic-sink.js';
import type { TableInstance } from './locate-table.js';
import type { CellPlacement } from './read-cells.js';

function place(sink: DiagnosticSink, instance: TableInstance): string {
  return sink.text(`工作表“${instance.index.sheet.name}”${cellAddress(instance.anchor.row, instance.anchor.column)}`, `sheet "${instance.index.sheet.name}" ${cellAddress(instance.anchor.row, instance.anchor.column)}`);
}

/**
 * What reading one table found, in diagnostics — not found, found more than once, rows and
 * columns missing, rows the form does not have — and where each of its cells is (the best
 * instance's). `form` is the form the table was read with.
 */
export function tablePlacements(form: FormDefinition, table: TableDefinition, instances: readonly TableInstance[] | undefined, sink: DiagnosticSink): CellPlacement[] {
  const name = tableName(form, table, sink.locale);
  if (!instances) {
    sink.add('import-table-missing', { table: name, title: table.title }, { table: table.id, label: name });
    return [];
  }
  const [best, ...others] = instances;
  const sheet = best.index.sheet.name;
  const duplicates = others.filter((instance) => instance.cells.length >= best.cells.length / 2);
  if (duplicates.length > 0) {
    sink.add(
      'import-table-duplicate',
      { table: name, sheet, cell: cellAddress(best.anchor.row, best.anchor.column), ignored: duplicates.map((instance) => place(sink, instance)).join(sink.text('、', ', ')) },
      { sheet, cell: cellAddress(best.anchor.row, best.anchor.column), table: table.id, label: name },
    );
  }
  for (const rowId of best.missingRows) {
    const label = rowLabel(table, rowId);
    sink.add('import-row-missing', { table: name, label }, { sheet, table: table.id, row: rowId, label: cellLabel(form, table, rowId, undefined, sink.locale) });
  }
  for (const columnId of best.missingColumns) {
    const label = columnLabel(table, columnId);
    sink.add('import-column-missing', { table: name, label }, { sheet, table: table.id, column: columnId, label: cellLabel(form, table, undefined, columnId, sink.locale) });
  }
  for (const ref of best.unlocated) {
    const label = `${rowLabel(table, ref.row)} / ${columnLabel(table, ref.column)}`;
    sink.add('import-column-missing', { table: name, label }, { sheet, table: table.id, row: ref.row, column: ref.column, label: cellLabel(form, table, ref.row, ref.column, sink.locale) });
  }
  for (const cell of best.unrecognized) {
    sink.add('import-row-unrecognized', { table: name, label: cell.text.replace(/\s+/g, ''), format: form.name }, { sheet, cell: cellAddress(cell.row, cell.column), table: table.id, label: name });
  }
  return best.cells.map((cell) => ({ ref: cell.ref, sheet: best.index.sheet, row: cell.row, column: cell.column, headerText: cell.header.text }));
}
