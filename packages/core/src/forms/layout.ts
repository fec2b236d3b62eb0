import type { ColumnDefinition, TableDefinition } from './types.js';

/** What a cell of the printed grid shows. */
export type GridCellKind =
  /** A full-width block caption (`第二十条第（一）项`). */
  | 'caption'
  /** A column header. */
  | 'header'
  /** The corner cell of table 三 with the 勾稽关系 note. */
  | 'corner'
  /** A row label (category cells are merged over their rows). */
  | 'rowLabel'
  /** A data cell: carries `ref`. */
  | 'value'
  /** A grid position with nothing in it (a row that lacks a column). */
  | 'empty';

export interface GridCell {
  kind: GridCellKind;
  text: string;
  /** Top-left position in the grid, 0-based. */
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  /** For `value` cells: the canonical cell id. */
  ref?: { table: string; row: string; column: string };
}

/** A run of grid rows that must stay on one page (a block of table 二, or a header). */
export interface GridBand {
  kind: 'header' | 'block' | 'body';
  startRow: number;
  /** Exclusive. */
  endRow: number;
}

/** The printed layout of a table: every cell once, at its top-left corner, with its spans. */
export interface TableGrid {
  table: string;
  rowCount: number;
  columnCount: number;
  /** Leading rows that form the table header; repeat them when the table continues on a new page. */
  headerRows: number;
  cells: GridCell[];
  bands: GridBand[];
}

/**
 * Lays out a table exactly as printed in the official format, from its definition alone:
 * merged headers from column `headerPath`s, merged row labels from row `labelPath`s, stacked
 * blocks for table 二, the single data row of table 四. HTML, PDF and the Excel template all
 * render this grid, so a form extended by a plugin prints its extra rows with no renderer change.
 */
export function layoutTable(table: TableDefinition): TableGrid {
  switch (table.layout.type) {
    case 'blocks':
      return layoutBlocks(table);
    case 'matrix':
      return layoutMatrix(table);
    case 'flat':
      return layoutFlat(table);
  }
}

function columnOf(table: TableDefinition, id: string): ColumnDefinition {
  const column = table.columns.find((c) => c.id === id);
  if (!column) throw new Error(`table ${table.id}: unknown column ${id}`);
  return column;
}

/** Splits `total` grid columns among `count` cells; the last cell takes the remainder. */
export function spreadSpans(total: number, count: number): number[] {
  if (count <= 0) return [];
  const base = Math.max(1, Math.floor(total / count));
  const spans = Array.from({ length: count }, () => base);
  spans[count - 1] = Math.max(1, total - base * (count - 1));
  return spans;
}

function layoutBlocks(table: TableDefinition): TableGrid {
  if (table.layout.type !== 'blocks') throw new Error('not a blocks layout');
  const { valueColumns, blocks } = table.layout;
  const width = 1 + valueColumns;
  const cells: GridCell[] = [];
  const bands: GridBand[] = [];
  let r = 0;
  for (const block of blocks) {
    const start = r;
    cells.push({ kind: 'caption', text: block.caption, row: r, column: 0, rowSpan: 1, colSpan: width });
    r += 1;
    const spans = spreadSpans(valueColumns, block.columns.length);
    cells.push({ kind: 'header', text: block.labelHeader, row: r, column: 0, rowSpan: 1, colSpan: 1 });
    let c = 1;
    block.columns.forEach((id, index) => {
      cells.push({ kind: 'header', text: columnOf(table, id).label, row: r, column: c, rowSpan: 1, colSpan: spans[index] });
      c += spans[index];
    });
    r += 1;
    for (const row of table.rows.filter((candidate) => candidate.block === block.id)) {
      const has = new Set(row.columns ?? table.columns.map((col) => col.id));
      cells.push({ kind: 'rowLabel', text: row.label, row: r, column: 0, rowSpan: 1, colSpan: 1 });
      c = 1;
      block.columns.forEach((id, index) => {
        const base = { row: r, column: c, rowSpan: 1, colSpan: spans[index] };
        cells.push(has.has(id) ? { kind: 'value', text: '', ...base, ref: { table: table.id, row: row.id, column: id } } : { kind: 'empty', text: '', ...base });
        c += spans[index];
      });
      r += 1;
    }
    bands.push({ kind: 'block', startRow: start, endRow: r });
  }
  return { table: table.id, rowCount: r, columnCount: width, headerRows: 0, cells, bands };
}

/**
 * Places merged header cells for leaf paths (one per grid column). Cells with the same prefix
 * at a level merge across adjacent columns; a path shorter than `depth` stretches its last cell down.
 */
function placeHeader(paths: string[][], depth: number, columnOffset: number): GridCell[] {
  const cells: GridCell[] = [];
  for (let level = 0; level < depth; level++) {
    let index = 0;
    while (index < paths.length) {
      const path = paths[index];
      if (level >= path.length) {
        index += 1;
        continue;
      }
      const prefix = path.slice(0, level + 1).join('\u0000');
      const isLeaf = level === path.length - 1;
      let span = 1;
      if (!isLeaf) {
        while (
          index + span < paths.length &&
          paths[index + span].length > level + 1 &&
          paths[index + span].slice(0, level + 1).join('\u0000') === prefix
        ) {
          span += 1;
        }
      }
      cells.push({
        kind: 'header',
        text: path[level],
        row: level,
        column: columnOffset + index,
        rowSpan: isLeaf ? depth - level : 1,
        colSpan: span,
      });
      index += span;
    }
  }
  return cells;
}

function layoutMatrix(table: TableDefinition): TableGrid {
  if (table.layout.type !== 'matrix') throw new Error('not a matrix layout');
  const { labelColumns, corner } = table.layout;
  const paths = table.columns.map((column) => [...(column.headerPath ?? []), column.label]);
  const depth = Math.max(1, ...paths.map((path) => path.length));
  const cells: GridCell[] = [
    { kind: 'corner', text: corner ?? '', row: 0, column: 0, rowSpan: depth, colSpan: labelColumns },
    ...placeHeader(paths, depth, labelColumns),
  ];
  const labelPaths = table.rows.map((row) => [...(row.labelPath ?? []), row.label]);
  table.rows.forEach((row, i) => {
    const r = depth + i;
    const path = labelPaths[i];
    for (let level = 0; level < path.length; level++) {
      const isLeaf = level === path.length - 1;
      if (!isLeaf) {
        const prefix = path.slice(0, level + 1).join('\u0000');
        const samePrefix = (j: number) => labelPaths[j].length > level + 1 && labelPaths[j].slice(0, level + 1).join('\u0000') === prefix;
        if (i > 0 && samePrefix(i - 1)) continue; // merged into the cell above
        let span = 1;
        while (i + span < labelPaths.length && samePrefix(i + span)) span += 1;
        cells.push({ kind: 'rowLabel', text: path[level], row: r, column: level, rowSpan: span, colSpan: 1 });
      } else {
        cells.push({ kind: 'rowLabel', text: path[level], row: r, column: level, rowSpan: 1, colSpan: Math.max(1, labelColumns - level) });
      }
    }
    const has = new Set(row.columns ?? table.columns.map((c) => c.id));
    table.columns.forEach((column, j) => {
      const base = { row: r, column: labelColumns + j, rowSpan: 1, colSpan: 1 };
      cells.push(has.has(column.id) ? { kind: 'value', text: '', ...base, ref: { table: table.id, row: row.id, column: column.id } } : { kind: 'empty', text: '', ...base });
    });
  });
  const rowCount = depth + table.rows.length;
  return {
    table: table.id,
    rowCount,
    columnCount: labelColumns + table.columns.length,
    headerRows: depth,
    cells,
    bands: [
      { kind: 'header', startRow: 0, endRow: depth },
      { kind: 'body', startRow: depth, endRow: rowCount },
    ],
  };
}

function layoutFlat(table: TableDefinition): TableGrid {
  const leaves = table.rows.flatMap((row) =>
    (row.columns ?? table.columns.map((c) => c.id)).map((columnId) => ({
      path: [...(row.labelPath ?? []), row.label, columnOf(table, columnId).label],
      ref: { table: table.id, row: row.id, column: columnId },
    })),
  );
  const depth = Math.max(1, ...leaves.map((leaf) => leaf.path.length));
  const cells: GridCell[] = [
    ...placeHeader(
      leaves.map((leaf) => leaf.path),
      depth,
      0,
    ),
    ...leaves.map((leaf, index): GridCell => ({ kind: 'value', text: '', row: depth, column: index, rowSpan: 1, colSpan: 1, ref: leaf.ref })),
  ];
  return {
    table: table.id,
    rowCount: depth + 1,
    columnCount: leaves.length,
    headerRows: depth,
    cells,
    bands: [
      { kind: 'header', startRow: 0, endRow: depth },
      { kind: 'body', startRow: depth, endRow: depth + 1 },
    ],
  };
}
