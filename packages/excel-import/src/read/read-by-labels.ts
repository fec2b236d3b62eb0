import type { FormDefinition, TableDefinition } from '@report/core';
import { cellLabel, columnLabel, rowLabel, tableName } from '@report/core/plugin';
import { cellAddress } from '../xlsx/cell-address.js';
import type { DiagnosticSink } from './diagnostic-sink.js';
import { locateTable, type TableInstance } from './locate-table.js';
import type { CellPlacement } from './read-cells.js';
import type { SheetIndex } from './sheet-index.js';

interface FormReading {
  form: FormDefinition;
  /** Best instance of each table found, with the others found (duplicates). */
  tables: Map<string, TableInstance[]>;
  located: number;
  /** Cells of every table of the form. */
  possible: number;
}

function cellCount(table: TableDefinition): number {
  return table.rows.reduce((n, row) => n + (row.columns ?? table.columns).length, 0);
}

function readWithForm(form: FormDefinition, indexes: readonly SheetIndex[]): FormReading {
  const tables = new Map<string, TableInstance[]>();
  let located = 0;
  const possible = form.tables.reduce((n, table) => n + cellCount(table), 0);
  for (const table of form.tables) {
    const instances = indexes.flatMap((index) => locateTable(table, index, form.detection?.tables?.[table.id]));
    // Best first; among equals, the earlier sheet and the higher position.
    instances.sort((a, b) => b.cells.length - a.cells.length || indexes.indexOf(a.index) - indexes.indexOf(b.index) || a.anchor.row - b.anchor.row);
    if (instances.length === 0) continue;
    tables.set(table.id, instances);
    located += instances[0].cells.length;
  }
  return { form, tables, located, possible };
}

const ratio = (located: number, possible: number) => (possible === 0 ? 0 : Math.round((located / possible) * 1000) / 1000);

/** Orders readings: the larger share of the form's cells found, then more cells, then the form of the year. */
function better(a: FormReading, b: FormReading, preferred: string | undefined): number {
  return ratio(b.located, b.possible) - ratio(a.located, a.possible) || b.located - a.located || Number(b.form.id === preferred) - Number(a.form.id === preferred);
}

function place(sink: DiagnosticSink, instance: TableInstance): string {
  return sink.text(`工作表“${instance.index.sheet.name}”${cellAddress(instance.anchor.row, instance.anchor.column)}`, `sheet "${instance.index.sheet.name}" ${cellAddress(instance.anchor.row, instance.anchor.column)}`);
}

export interface LabelReading {
  form: FormDefinition;
  placements: CellPlacement[];
}

/**
 * Reads a workbook not made from the template: finds every official table of each candidate
 * form (every form given that has tables) by its labels and its `detection` labels on every sheet, picks the form whose tables fit best (and says so), warns
 * when tables mix the two national formats, and reports tables, rows and columns not found,
 * duplicates, and rows the form does not have. Returns where each cell is, or undefined when no
 * table of any form was found.
 */
export function readByLabels(indexes: readonly SheetIndex[], candidates: readonly FormDefinition[], preferredFormId: string | undefined, sink: DiagnosticSink): LabelReading | undefined {
  const readings = candidates.filter((form) => form.tables.length > 0).map((form) => readWithForm(form, indexes));
  const found = readings.filter((reading) => reading.tables.size > 0).sort((a, b) => better(a, b, preferredFormId));
  if (found.length === 0) return undefined;
  const chosen = found[0];
  const { form } = chosen;
  sink.add('import-format-detected', { format: form.id, name: form.name });

  // Tables that another form reads strictly better: the layout mixes formats.
  for (const other of found.slice(1)) {
    const mixed: string[] = [];
    const labels: string[] = [];
    for (const [tableId, instances] of other.tables) {
      const table = other.form.tables.find((t) => t.id === tableId)!;
      const mine = chosen.tables.get(tableId)?.[0];
      const myTable = form.tables.find((t) => t.id === tableId);
      const theirs = instances[0];
      const myRatio = mine && myTable ? ratio(mine.cells.length, cellCount(myTable)) : 0;
      if (ratio(theirs.cells.length, cellCount(table)) <= myRatio) continue;
      mixed.push(tableName(other.form, table, sink.locale));
      const myLabels = new Set(myTable ? [...myTable.rows.map((row) => row.label), ...myTable.columns.map((column) => column.label)] : []);
      for (const [rowId] of theirs.rows) {
        const label = table.rows.find((row) => row.id === rowId)!.label;
        if (!myLabels.has(label)) labels.push(label);
      }
      for (const cell of theirs.cells) {
        const label = table.columns.find((column) => column.id === cell.ref.column)!.label;
        if (!myLabels.has(label) && !labels.includes(label)) labels.push(label);
      }
    }
    if (mixed.length > 0) {
      sink.add('import-format-mixed', {
        format: form.name,
        other: other.form.name,
        where: mixed.join(sink.text('、', ', ')),
        labels: labels.slice(0, 6).map((label) => `“${label}”`).join(sink.text('、', ', ')),
      });
    }
  }

  const placements: CellPlacement[] = [];
  for (const table of form.tables) {
    const instances = chosen.tables.get(table.id);
    const name = tableName(form, table, sink.locale);
    if (!instances) {
      sink.add('import-table-missing', { table: name, title: table.title }, { table: table.id, label: name });
      continue;
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
    for (const cell of best.cells) placements.push({ ref: cell.ref, sheet: best.index.sheet, row: cell.row, column: cell.column, headerText: cell.header.text });
  }
  return { form, placements };
}
