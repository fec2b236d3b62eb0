import type { Diagnostic } from '../diagnostics/types.js';

/** Whether a cell (table/row/column) is already covered by a known error. */
export type KnownProblemCheck = (table: string, row: string, column: string) => boolean;

/**
 * The cells that known errors (e.g. the importer's) already account for: an error naming a cell
 * covers that cell; one naming a row of a table without a column (`import-row-missing`) covers
 * the row, one naming a column without a row (`import-column-missing`) the column, and one naming
 * only a table (`import-table-missing`) the whole table. Checks of blank cells skip what is
 * covered, so a column that is missing is reported once, not once per row.
 */
export function knownProblemCells(known: readonly Diagnostic[] | undefined): KnownProblemCheck {
  const keys = new Set<string>();
  for (const diagnostic of known ?? []) {
    const { table, row, column } = diagnostic.location;
    if (diagnostic.severity !== 'error' || !table) continue;
    keys.add(`${table}/${row ?? '*'}/${column ?? '*'}`);
  }
  if (keys.size === 0) return () => false;
  return (table, row, column) => keys.has(`${table}/${row}/${column}`) || keys.has(`${table}/${row}/*`) || keys.has(`${table}/*/${column}`) || keys.has(`${table}/*/*`);
}
