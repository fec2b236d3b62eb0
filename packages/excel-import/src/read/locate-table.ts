import type { CellRef, TableDefinition } from '@report/core';
import type { TableDetection } from '@report/core/plugin';
import { getRawCell, mergeCovering, type RawCell } from '../xlsx/sheet.js';
import { columnKeysOf, rowKeysOf } from './labels.js';
import { cellsMatching, textsOnRow, type LabelJoin, type SheetIndex, type TextCell } from './sheet-index.js';

/** A value cell of the official table found on a sheet. */
export interface LocatedCell {
  ref: CellRef;
  row: number;
  column: number;
  /** The header cell that named its column (for units such as `采购总金额（元）`). */
  header: TextCell;
}

/** One occurrence of an official table on a sheet, found by its labels. */
export interface TableInstance {
  table: TableDefinition;
  index: SheetIndex;
  cells: LocatedCell[];
  /** The label cell of each row found (for table 四, the header naming the row's group). */
  rows: Map<string, TextCell>;
  missingRows: string[];
  /** Columns not found for any row; and single cells whose column was not found for their row. */
  missingColumns: string[];
  unlocated: CellRef[];
  /** Rows inside the table with a label the form does not have and numbers in its columns. */
  unrecognized: TextCell[];
  /** Top-left label cell, for messages. */
  anchor: TextCell;
}

const NUMBER_TEXT = /^[+-]?[\d,，.．０-９]+\s*(?:元|万元|件|个)?$/;

function holdsNumber(raw: RawCell | undefined): boolean {
  if (!raw || raw.value === undefined || raw.value === '') return false;
  if (raw.type === 'n') return true;
  return NUMBER_TEXT.test(raw.value.trim());
}

const rowColumns = new WeakMap<TableDefinition, Map<string, readonly string[]>>();

/** The columns of a row (the first row of the id), by table, derived once per table definition; shared, read only. */
function columnsOf(table: TableDefinition, rowId: string): readonly string[] {
  let byRow = rowColumns.get(table);
  if (!byRow) {
    byRow = new Map();
    const all = table.columns.map((c) => c.id);
    for (const row of table.rows) if (!byRow.has(row.id)) byRow.set(row.id, row.columns ?? all);
    rowColumns.set(table, byRow);
  }
  return byRow.get(rowId) ?? table.columns.map((c) => c.id);
}

const refs = new WeakMap<TableDefinition, Map<string, Map<string, CellRef>>>();

/** The cell reference of a table's row and column: one frozen object per table definition, shared by every workbook read. */
function cellRef(table: TableDefinition, row: string, column: string): CellRef {
  let byRow = refs.get(table);
  if (!byRow) refs.set(table, (byRow = new Map()));
  let byColumn = byRow.get(row);
  if (!byColumn) byRow.set(row, (byColumn = new Map()));
  let ref = byColumn.get(column);
  if (!ref) byColumn.set(column, (ref = Object.freeze({ table: table.id, row, column })));
  return ref;
}

/** The column a value sits in under a header merged over several columns: the left one, unless only another holds something. */
function valueColumn(index: SheetIndex, header: TextCell, row: number): number {
  const merge = mergeCovering(index.sheet, header.row, header.column);
  if (!merge || merge.left === merge.right) return header.column;
  if (getRawCell(index.sheet, row, merge.left)) return merge.left;
  const filled = [];
  for (let column = merge.left; column <= merge.right; column++) if (getRawCell(index.sheet, row, column)) filled.push(column);
  return filled.length === 1 ? filled[0] : merge.left;
}

function finishInstance(table: TableDefinition, index: SheetIndex, rows: Map<string, TextCell>, cells: LocatedCell[], unrecognized: TextCell[]): TableInstance {
  const located = new Map<string, string[]>();
  for (const { ref } of cells) {
    const columns = located.get(ref.row);
    if (columns) columns.push(ref.column);
    else located.set(ref.row, [ref.column]);
  }
  const missingRows = table.rows.filter((row) => !rows.has(row.id)).map((row) => row.id);
  const foundColumns = new Set(cells.map((cell) => cell.ref.column));
  const missingColumns = table.columns.filter((column) => !foundColumns.has(column.id) && table.rows.some((row) => rows.has(row.id) && columnsOf(table, row.id).includes(column.id))).map((column) => column.id);
  const unlocated: CellRef[] = [];
  for (const [rowId] of rows) {
    for (const column of columnsOf(table, rowId)) {
      if (foundColumns.has(column) && !located.get(rowId)?.includes(column)) unlocated.push({ table: table.id, row: rowId, column });
    }
  }
  // The top-left label (the first of equals, as a stable sort would put first).
  let anchor: TextCell | undefined;
  for (const cell of rows.values()) if (!anchor || cell.row < anchor.row || (cell.row === anchor.row && cell.column < anchor.column)) anchor = cell;
  return { table, index, cells, rows, missingRows, missingColumns, unlocated, unrecognized, anchor: anchor! };
}

/** Column headers and table 四's group headers read top to bottom only; row labels also left to right. */
const HEADER_JOINS: readonly LabelJoin[] = ['down'];

/**
 * The row a label's figures are on: its own, or, for a label wrapped over stacked cells, the
 * first of its rows that holds something under one of its headers (figures merged over the
 * label's rows sit in the first).
 */
function dataRow(index: SheetIndex, label: TextCell, headers: readonly TextCell[]): number {
  if (label.top === undefined || label.top === label.row) return label.row;
  for (let row = label.top; row <= label.row; row++) {
    if (headers.some((header) => getRawCell(index.sheet, row, valueColumn(index, header, row))?.value !== undefined)) return row;
  }
  return label.top;
}

/** Tables with row labels on the left and column headers above (表二 blocks, 表三 matrix). */
function locateByRowLabels(table: TableDefinition, index: SheetIndex, detection: TableDetection | undefined): TableInstance[] {
  const rowKeys = rowKeysOf(table, detection);
  const columnKeys = columnKeysOf(table, detection);
  const candidates = table.rows.map((row) => cellsMatching(index, rowKeys.get(row.id) ?? []));
  if (candidates.every((list) => list.length === 0)) return [];
  const headerCandidates = new Map(table.columns.map((column) => [column.id, cellsMatching(index, columnKeys.get(column.id) ?? [], HEADER_JOINS)]));
  const used = new Set<TextCell>();
  const instances: TableInstance[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const rows = new Map<string, TextCell>();
    let previous = -1;
    table.rows.forEach((row, i) => {
      const pick = candidates[i].find((cell) => !used.has(cell) && cell.row > previous);
      if (pick) {
        rows.set(row.id, pick);
        previous = pick.row;
      }
    });
    if (rows.size === 0) break;
    for (const cell of rows.values()) used.add(cell);
    const cells: LocatedCell[] = [];
    for (const [rowId, label] of rows) {
      const labelRight = mergeCovering(index.sheet, label.row, label.column)?.right ?? label.column;
      const top = label.top ?? label.row;
      const headers: Array<{ column: string; header: TextCell }> = [];
      for (const columnId of columnsOf(table, rowId)) {
        let header: TextCell | undefined;
        for (const candidate of headerCandidates.get(columnId) ?? []) {
          if (candidate.row >= top || candidate.column <= labelRight) continue;
          if (!header || candidate.row > header.row || (candidate.row === header.row && candidate.column < header.column)) header = candidate;
        }
        if (header) headers.push({ column: columnId, header });
      }
      const row = dataRow(index, label, headers.map((h) => h.header));
      for (const { column, header } of headers) cells.push({ ref: cellRef(table, rowId, column), row, column: valueColumn(index, header, row), header });
    }
    // Rows inside the table that the form does not have, with numbers in its columns.
    const valueColumns = [...new Set(cells.map((cell) => cell.column))];
    const unrecognized: TextCell[] = [];
    if (valueColumns.length > 0) {
      const firstValueColumn = Math.min(...valueColumns);
      // Every row a label found covers (a label over stacked cells covers all of them).
      const foundRows = new Set<number>();
      let top = Infinity;
      let bottom = -Infinity;
      for (const cell of rows.values()) {
        for (let r = cell.top ?? cell.row; r <= cell.row; r++) {
          foundRows.add(r);
          if (r < top) top = r;
          if (r > bottom) bottom = r;
        }
      }
      bottom += 2;
      for (let r = top; r <= bottom; r++) {
        if (foundRows.has(r)) continue;
        const labels = textsOnRow(index, r).filter((cell) => cell.column < firstValueColumn);
        if (labels.length === 0) continue;
        if (valueColumns.some((column) => holdsNumber(getRawCell(index.sheet, r, column)))) unrecognized.push(labels[labels.length - 1]);
      }
    }
    instances.push(finishInstance(table, index, rows, cells, unrecognized));
  }
  return instances;
}

/** Table 四: one data row under group headers (`行政复议`, `未经复议直接起诉`, `复议后起诉`) and their column headers. */
function locateFlat(table: TableDefinition, index: SheetIndex, detection: TableDetection | undefined): TableInstance[] {
  const rowKeys = rowKeysOf(table, detection);
  const columnKeys = columnKeysOf(table, detection);
  const rows = new Map<string, TextCell>();
  const cells: LocatedCell[] = [];
  const headerCandidates = new Map<string, readonly TextCell[]>();
  const headersOf = (columnId: string) => headerCandidates.get(columnId) ?? headerCandidates.set(columnId, cellsMatching(index, columnKeys.get(columnId) ?? [], HEADER_JOINS)).get(columnId)!;
  for (const row of table.rows) {
    let best: { group: TextCell; cells: LocatedCell[] } | undefined;
    for (const group of cellsMatching(index, rowKeys.get(row.id) ?? [], HEADER_JOINS)) {
      const merge = mergeCovering(index.sheet, group.row, group.column);
      const columns = columnsOf(table, row.id);
      let left = group.column;
      let right: number;
      if (merge && merge.right > merge.left) {
        left = merge.left;
        right = merge.right;
      } else {
        const next = index.texts.find((cell) => cell.row === group.row && cell.column > group.column);
        right = next ? next.column - 1 : group.column + 2 * columns.length;
      }
      const headers: Array<{ column: string; cell: TextCell }> = [];
      for (const columnId of columns) {
        const column = table.columns.find((c) => c.id === columnId)!;
        let header: TextCell | undefined;
        for (const candidate of headersOf(column.id)) {
          if (candidate.row <= group.row || candidate.row > group.row + 4 || candidate.column < left || candidate.column > right) continue;
          if (headers.some((h) => h.cell === candidate)) continue;
          if (!header || candidate.row < header.row || (candidate.row === header.row && candidate.column < header.column)) header = candidate;
        }
        if (header) headers.push({ column: columnId, cell: header });
      }
      if (headers.length === 0) continue;
      const dataRow = Math.max(...headers.map((h) => mergeCovering(index.sheet, h.cell.row, h.cell.column)?.bottom ?? h.cell.row)) + 1;
      const located = headers.map((h) => ({ ref: cellRef(table, row.id, h.column), row: dataRow, column: valueColumn(index, h.cell, dataRow), header: h.cell }));
      if (!best || located.length > best.cells.length) best = { group, cells: located };
    }
    if (best) {
      rows.set(row.id, best.group);
      cells.push(...best.cells);
    }
  }
  if (rows.size === 0) return [];
  // One data row for the whole table: below the lowest header of every group (an unmerged
  // 结果维持 of 行政复议 sits a row above the data, level with the litigation headers).
  const dataRow = Math.max(...cells.map((cell) => cell.row));
  const aligned = cells.map((cell) => ({ ...cell, row: dataRow, column: valueColumn(index, cell.header, dataRow) }));
  return [finishInstance(table, index, rows, aligned, [])];
}

/**
 * Finds an official table on one sheet by its labels, wherever it starts: row labels and the
 * nearest matching column header above each (merged or not), or, for table 四, the group headers
 * and the data row below their column headers. `detection` is the form's other labels for the
 * table's rows and columns. Returns each occurrence found, best first.
 */
export function locateTable(table: TableDefinition, index: SheetIndex, detection?: TableDetection): TableInstance[] {
  // Forms share table definitions (表四 is one object in both built-in forms): each is located once per sheet.
  const byTable = (index.located ??= new Map());
  let byDetection = byTable.get(table);
  if (!byDetection) byTable.set(table, (byDetection = new Map()));
  const cached = byDetection.get(detection);
  if (cached) return cached;
  const found = locateUncached(table, index, detection);
  byDetection.set(detection, found);
  return found;
}

function locateUncached(table: TableDefinition, index: SheetIndex, detection: TableDetection | undefined): TableInstance[] {
  const instances = table.layout.type === 'flat' ? locateFlat(table, index, detection) : locateByRowLabels(table, index, detection);
  const minimumRows = Math.min(2, table.rows.length);
  const minimumCells = Math.min(2, table.rows.reduce((n, row) => n + columnsOf(table, row.id).length, 0));
  return instances.filter((instance) => instance.rows.size >= minimumRows && instance.cells.length >= minimumCells).sort((a, b) => b.cells.length - a.cells.length);
}
