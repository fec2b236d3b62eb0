import { layoutTable } from '../forms/layout.js';
import type { ColumnDefinition, FormDefinition, RowDefinition, TableDefinition } from '../forms/types.js';
import { cellKey, type CellValue, type Report } from '../model/report.js';

/** What of a report's tables the form cannot print: a whole table, or cells of a table it has. */
export interface TableNotInForm {
  /** The table's id in `report.tables`. */
  id: string;
  /** The form's table of that id, when the form has the table but not these cells. */
  formTable?: TableDefinition;
  /** A plain matrix of what is left over: the form's labels where it has them, else the report's ids. */
  definition: TableDefinition;
  /** The cells left over, `table/row/column`. */
  cells: string[];
}

type Rows = Record<string, Record<string, CellValue>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(values: readonly unknown[]): boolean {
  return values.every((value) => typeof value !== 'number' || Number.isInteger(value));
}

/** A matrix with one label column, from the rows and columns of `rows` (first seen, first printed). */
function plainTable(id: string, title: string, rows: Rows, formTable: TableDefinition | undefined): TableDefinition {
  const columnIds: string[] = [];
  for (const cells of Object.values(rows)) for (const column of Object.keys(cells)) if (!columnIds.includes(column)) columnIds.push(column);
  const columns = columnIds.map((columnId): ColumnDefinition => {
    const known = formTable?.columns.find((column) => column.id === columnId);
    if (known) return { id: known.id, label: known.label, kind: known.kind, ...(known.unit ? { unit: known.unit } : {}) };
    const values = Object.values(rows).map((cells) => cells[columnId]);
    return { id: columnId, label: columnId, kind: isWhole(values) ? 'count' : 'amount' };
  });
  const tableRows = Object.entries(rows).map(([rowId, cells]): RowDefinition => {
    const known = formTable?.rows.find((row) => row.id === rowId);
    const label = known ? [...(known.labelPath ?? []), known.label].join(' ') : rowId;
    return { id: rowId, label, columns: Object.keys(cells) };
  });
  return { id, sectionId: id, title, columns, rows: tableRows, layout: { type: 'matrix', labelColumns: 1 } };
}

/**
 * The tables of `report.tables` the form does not define, and the filled cells of the form's tables
 * that its printed grid has no place for, each as a plain table to print anyway (nothing vanishes).
 * `title` names the printed table.
 */
export function tablesNotInForm(report: Pick<Report, 'tables'>, form: FormDefinition, title: (id: string, known: boolean) => string): TableNotInForm[] {
  const found: TableNotInForm[] = [];
  for (const [id, table] of Object.entries(report.tables ?? {})) {
    const rows: Rows = {};
    const formTable = form.tables.find((candidate) => candidate.id === id);
    if (!formTable) {
      for (const [rowId, cells] of Object.entries(isRecord(table) ? table : {})) {
        if (!isRecord(cells)) continue;
        rows[rowId] = Object.fromEntries(Object.entries(cells).map(([column, value]) => [column, typeof value === 'number' ? value : null]));
      }
      const keys = Object.entries(rows).flatMap(([row, cells]) => Object.keys(cells).map((column) => cellKey({ table: id, row, column })));
      found.push({ id, definition: plainTable(id, title(id, false), rows, undefined), cells: keys });
      continue;
    }
    const printed = new Set(layoutTable(formTable).cells.flatMap((cell) => (cell.ref ? [cellKey(cell.ref)] : [])));
    const keys: string[] = [];
    for (const [rowId, cells] of Object.entries(isRecord(table) ? table : {})) {
      if (!isRecord(cells)) continue;
      for (const [column, value] of Object.entries(cells)) {
        const key = cellKey({ table: id, row: rowId, column });
        // An unfilled cell the form has no place for loses nothing.
        if (typeof value !== 'number' || printed.has(key)) continue;
        (rows[rowId] ??= {})[column] = value;
        keys.push(key);
      }
    }
    if (keys.length > 0) found.push({ id, formTable, definition: plainTable(id, title(id, true), rows, formTable), cells: keys });
  }
  return found;
}
