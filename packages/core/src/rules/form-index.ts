import type { ColumnDefinition, FormDefinition, RowDefinition, TableDefinition } from '../forms/types.js';

/**
 * Lookups of a form's tables, rows and columns by id, built once per form or table definition and
 * kept in WeakMaps (checking runs on tens of thousands of reports of one form). A form definition is
 * data that is not changed once made (`extendForm` builds a new one), so what is derived from it
 * here stays true; each lookup answers exactly what the `find` it replaces answered (the first
 * table, row or column with that id).
 */

export interface RowIndex {
  row: RowDefinition;
  /** `row.columns`, else every column of the table, in order. */
  columns: readonly string[];
  columnSet: ReadonlySet<string>;
}

export interface TableIndex {
  /** Rows in the table's order. */
  rows: readonly RowIndex[];
  /** By id: the first row with that id. */
  rowById: ReadonlyMap<string, RowIndex>;
  /** By id: the first column with that id. */
  columnById: ReadonlyMap<string, ColumnDefinition>;
  /** Cells of every row, counted as the rows list them. */
  cellCount: number;
}

const tableIndexes = new WeakMap<TableDefinition, TableIndex>();

export function tableIndex(table: TableDefinition): TableIndex {
  let index = tableIndexes.get(table);
  if (index) return index;
  const allColumns = table.columns.map((c) => c.id);
  const rows = table.rows.map((row): RowIndex => {
    const columns = row.columns ?? allColumns;
    return { row, columns, columnSet: new Set(columns) };
  });
  const rowById = new Map<string, RowIndex>();
  for (const entry of rows) if (!rowById.has(entry.row.id)) rowById.set(entry.row.id, entry);
  const columnById = new Map<string, ColumnDefinition>();
  for (const column of table.columns) if (!columnById.has(column.id)) columnById.set(column.id, column);
  index = { rows, rowById, columnById, cellCount: rows.reduce((n, r) => n + r.columns.length, 0) };
  tableIndexes.set(table, index);
  return index;
}

const formTables = new WeakMap<FormDefinition, ReadonlyMap<string, TableDefinition>>();

/** `form.tables.find((t) => t.id === id)`, from an index built once per form. */
export function findTable(form: FormDefinition, id: string): TableDefinition | undefined {
  let tables = formTables.get(form);
  if (!tables) {
    const byId = new Map<string, TableDefinition>();
    for (const table of form.tables) if (!byId.has(table.id)) byId.set(table.id, table);
    formTables.set(form, (tables = byId));
  }
  return tables.get(id);
}
